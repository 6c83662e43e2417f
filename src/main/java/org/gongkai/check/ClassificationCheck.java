package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.ItemNode;
import org.gongkai.model.Measure;
import org.gongkai.problem.Pos;

/**
 * The economic classification must total what the functional one does: its basic total where the
 * functional rows carry {@code basic}, otherwise its actual total.
 */
final class ClassificationCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        Optional<BigDecimal> economic = d.byEconomic().total(Measure.ACTUAL);
        Measure compared = d.byFunction().states(Measure.BASIC) ? Measure.BASIC : Measure.ACTUAL;
        Optional<BigDecimal> functional = d.byFunction().total(compared);
        if (economic.isEmpty()
                || functional.isEmpty()
                || !tolerance.exceeded(economic.get(), functional.get())) {
            return List.of();
        }
        ItemNode first = d.byEconomic().roots().get(0);
        Pos pos = first.item().pos();
        String subject =
                compared == Measure.BASIC
                        ? "expenditure.by_function.basic"
                        : "expenditure.by_function";
        return List.of(
                new Finding(
                        FindingKind.CLASSIFICATION_MISMATCH,
                        "expenditure.by_economic",
                        pos,
                        subject,
                        economic.get(),
                        functional.get(),
                        d.disclosure().unit()));
    }
}
