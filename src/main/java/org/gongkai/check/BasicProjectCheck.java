package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Measure;

/** Where a row gives both {@code basic} and {@code project}, they must add up to its actual. */
final class BasicProjectCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        List<Finding> out = new ArrayList<>();
        for (ItemTree tree : List.of(d.income(), d.byFunction(), d.byEconomic())) {
            for (ItemNode n : tree.flatten()) {
                Optional<Figure> basic = n.item().figure(Measure.BASIC);
                Optional<Figure> project = n.item().figure(Measure.PROJECT);
                Optional<BigDecimal> actual = n.amount(Measure.ACTUAL);
                if (basic.isEmpty() || project.isEmpty() || actual.isEmpty()) {
                    continue;
                }
                BigDecimal parts = basic.get().value().add(project.get().value());
                if (tolerance.exceeded(actual.get(), parts)) {
                    Figure at = n.item().figure(Measure.ACTUAL).orElse(basic.get());
                    String path = n.item().path() + ".actual";
                    out.add(
                            new Finding(
                                    FindingKind.BASIC_PROJECT,
                                    path,
                                    at.pos(),
                                    n.name(),
                                    actual.get(),
                                    parts,
                                    d.disclosure().unit()));
                }
            }
        }
        return out;
    }
}
