package org.gongkai.model;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Pos;

/** A performance indicator (绩效指标) with its target, weight, result and score. */
public record Indicator(
        String path,
        Pos pos,
        String level1,
        String level2,
        String name,
        Operator operator,
        Optional<IndicatorValue> target,
        String unit,
        Optional<Figure> weight,
        Optional<IndicatorValue> actual,
        Optional<Figure> score) {

    public Indicator {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(score, "score");
    }

    /**
     * Whether the target was met: numbers by the operator, grades in the order 优 > 良 > 中 > 低 > 差.
     * Empty when it cannot be judged (no target or actual, or a qualitative target that is not one
     * grade, such as the scale "优良中低差").
     */
    public Optional<Boolean> met() {
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue t = target.get();
        IndicatorValue a = actual.get();
        if (t.number().isPresent() && a.number().isPresent() && operator != Operator.QUALITATIVE) {
            return Optional.of(operator.holds(a.number().get(), t.number().get()));
        }
        if (t.grade().isPresent() && a.grade().isPresent()) {
            return Optional.of(a.grade().get().atLeast(t.grade().get()));
        }
        return Optional.empty();
    }
}
