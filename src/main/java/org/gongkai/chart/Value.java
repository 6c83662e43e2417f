package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact figure and the way a page prints it. */
public record Value(BigDecimal value, String text) {
    public Value {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
