package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.Measure;
import org.gongkai.model.Totals;

/**
 * Income plus what was carried in must equal expenditure plus what is carried out: income + {@code
 * carry_in} = {@code totals.actual} + {@code carry_out}. Checked where income and {@code
 * totals.actual} are given; an absent carry figure counts as zero.
 */
final class BalanceCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        Totals t = d.disclosure().totals();
        Optional<BigDecimal> income = d.income().total(Measure.ACTUAL);
        if (income.isEmpty() || t.actual().isEmpty()) {
            return List.of();
        }
        BigDecimal sources = income.get().add(value(t.carryIn()));
        BigDecimal uses = t.actual().get().value().add(value(t.carryOut()));
        if (!tolerance.exceeded(uses, sources)) {
            return List.of();
        }
        Figure actual = t.actual().get();
        return List.of(
                new Finding(
                        FindingKind.BALANCE,
                        actual.path(),
                        actual.pos(),
                        "balance",
                        uses,
                        sources,
                        d.disclosure().unit()));
    }

    private static BigDecimal value(Optional<Figure> f) {
        return f.map(Figure::value).orElse(BigDecimal.ZERO);
    }
}
