package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Pos;

/** A target or actual value of an indicator: a number, or a grade or text for qualitative ones. */
public record IndicatorValue(String text, Optional<BigDecimal> number, String path, Pos pos) {
    public IndicatorValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
    }

    public Optional<Grade> grade() {
        return number.isPresent() ? Optional.empty() : Grade.of(text);
    }
}
