package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.Measure;

/**
 * The expenditure classifications must add up to {@code totals.actual}. The economic classification
 * is compared only when it covers all expenditure: where the functional rows carry {@code basic},
 * it covers basic expenditure alone (as final-account tables publish it), and {@link
 * ClassificationCheck} compares it with that instead. Income is compared by {@link BalanceCheck}.
 */
final class TotalsCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        Optional<Figure> actual = d.disclosure().totals().actual();
        if (actual.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Figure stated = actual.get();
        String unit = d.disclosure().unit();
        Optional<BigDecimal> functional = d.byFunction().total(Measure.ACTUAL);
        functional
                .filter(sum -> tolerance.exceeded(stated.value(), sum))
                .ifPresent(sum -> out.add(finding(stated, "expenditure.by_function", sum, unit)));
        if (!d.byFunction().states(Measure.BASIC)) {
            d.byEconomic()
                    .total(Measure.ACTUAL)
                    .filter(sum -> tolerance.exceeded(stated.value(), sum))
                    .ifPresent(
                            sum -> out.add(finding(stated, "expenditure.by_economic", sum, unit)));
        }
        return out;
    }

    private static Finding finding(Figure stated, String list, BigDecimal sum, String unit) {
        return new Finding(
                FindingKind.TOTALS, stated.path(), stated.pos(), list, stated.value(), sum, unit);
    }
}
