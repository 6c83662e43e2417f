package org.gongkai.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures a disclosure implies: its classifications as trees with subtotals, its headline
 * total, execution rate and deviation from the initial budget. Computed once per disclosure and
 * shared by the checks, the pages and the open data. Immutable.
 */
public final class Derived {
    private static final MathContext RATIO = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Disclosure disclosure;
    private final ItemTree income;
    private final ItemTree byFunction;
    private final ItemTree byEconomic;

    private Derived(Disclosure d) {
        this.disclosure = d;
        this.income = ItemTree.of(d.income());
        this.byFunction = ItemTree.of(d.byFunction(), FunctionCodes.standard());
        this.byEconomic = ItemTree.of(d.byEconomic());
    }

    public static Derived of(Disclosure d) {
        return new Derived(Objects.requireNonNull(d, "d"));
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public ItemTree income() {
        return income;
    }

    /** The functional classification, with implied 类 and 款 subtotal rows. */
    public ItemTree byFunction() {
        return byFunction;
    }

    public ItemTree byEconomic() {
        return byEconomic;
    }

    public Optional<BigDecimal> budget() {
        return disclosure
                .totals()
                .budget()
                .map(Figure::value)
                .or(() -> byFunction.total(Measure.BUDGET));
    }

    public Optional<BigDecimal> adjusted() {
        return disclosure
                .totals()
                .adjusted()
                .map(Figure::value)
                .or(() -> byFunction.total(Measure.ADJUSTED));
    }

    /**
     * Total expenditure: {@code totals.actual} as stated, else the functional classification's
     * total, else the economic one's.
     */
    public Optional<BigDecimal> actual() {
        return disclosure
                .totals()
                .actual()
                .map(Figure::value)
                .or(() -> byFunction.total(Measure.ACTUAL))
                .or(() -> byEconomic.total(Measure.ACTUAL));
    }

    /** Actual ÷ adjusted budget, else ÷ initial budget, in percent. */
    public Optional<BigDecimal> executionRate() {
        Optional<BigDecimal> base = adjusted().or(this::budget);
        return percent(actual(), base);
    }

    /** (Adjusted − initial budget) ÷ initial budget, in percent. */
    public Optional<BigDecimal> deviation() {
        Optional<BigDecimal> budget = budget();
        return percent(adjusted().flatMap(a -> budget.map(a::subtract)), budget);
    }

    /**
     * {@code part} as a percentage of {@code whole}, exact to 20 digits; empty for a zero whole.
     */
    public static Optional<BigDecimal> percent(
            Optional<BigDecimal> part, Optional<BigDecimal> whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.get().multiply(HUNDRED).divide(whole.get(), RATIO));
    }
}
