package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.Indicator;
import org.gongkai.problem.Pos;

/**
 * Indicator points: no score above its weight; weights that add up to 100; scores that add up to
 * the stated total {@code score}. Points take the same tolerance as amounts, since printed scores
 * are rounded the same way.
 */
final class IndicatorCheck implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        List<Indicator> indicators = d.disclosure().indicators();
        List<Finding> out = new ArrayList<>();
        BigDecimal weights = null;
        BigDecimal scores = null;
        for (Indicator i : indicators) {
            Optional<Figure> w = i.weight();
            Optional<Figure> s = i.score();
            if (w.isPresent()
                    && s.isPresent()
                    && s.get().value().compareTo(w.get().value()) > 0
                    && tolerance.exceeded(s.get().value(), w.get().value())) {
                out.add(
                        new Finding(
                                FindingKind.INDICATOR_SCORE,
                                s.get().path(),
                                s.get().pos(),
                                i.name(),
                                s.get().value(),
                                w.get().value(),
                                ""));
            }
            if (w.isPresent()) {
                weights = weights == null ? w.get().value() : weights.add(w.get().value());
            }
            if (s.isPresent()) {
                scores = scores == null ? s.get().value() : scores.add(s.get().value());
            }
        }
        if (weights != null && tolerance.exceeded(weights, HUNDRED)) {
            Pos pos = indicators.get(0).pos();
            out.add(
                    new Finding(
                            FindingKind.INDICATOR_WEIGHTS,
                            "indicators",
                            pos,
                            "indicators",
                            weights,
                            HUNDRED,
                            ""));
        }
        Optional<Figure> total = d.disclosure().score();
        if (total.isPresent()
                && scores != null
                && tolerance.exceeded(total.get().value(), scores)) {
            out.add(
                    new Finding(
                            FindingKind.SCORE_TOTAL,
                            total.get().path(),
                            total.get().pos(),
                            "score",
                            total.get().value(),
                            scores,
                            ""));
        }
        return out;
    }
}
