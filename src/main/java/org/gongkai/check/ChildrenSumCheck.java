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

/** A parent row that states an amount must equal the sum of its children (nested or by code). */
final class ChildrenSumCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        List<Finding> out = new ArrayList<>();
        String unit = d.disclosure().unit();
        for (ItemTree tree : List.of(d.income(), d.byFunction(), d.byEconomic())) {
            for (ItemNode n : tree.flatten()) {
                if (n.isLeaf()) {
                    continue;
                }
                for (Measure m : Measure.values()) {
                    Optional<Figure> stated = n.item().figure(m);
                    Optional<BigDecimal> sum = n.childrenSum(m);
                    if (stated.isPresent()
                            && sum.isPresent()
                            && tolerance.exceeded(stated.get().value(), sum.get())) {
                        Figure f = stated.get();
                        out.add(
                                new Finding(
                                        FindingKind.CHILDREN_SUM,
                                        f.path(),
                                        f.pos(),
                                        n.name(),
                                        f.value(),
                                        sum.get(),
                                        unit));
                    }
                }
            }
        }
        return out;
    }
}
