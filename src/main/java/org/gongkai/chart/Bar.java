package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar: its label (a classification code may go in front of the name), its exact value, and the
 * value as printed.
 */
public record Bar(String code, String label, BigDecimal value, String valueText) {
    public Bar {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueText, "valueText");
    }

    /** The label as drawn: code and name. */
    public String fullLabel() {
        return code.isEmpty() ? label : code + " " + label;
    }
}
