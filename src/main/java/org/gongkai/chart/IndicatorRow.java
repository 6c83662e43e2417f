package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One performance indicator as the indicator chart draws it: a numeric result as a percentage of
 * its target, a qualitative result on its grade scale, or, where neither can be drawn, the result
 * and target in words. Each carries its label, a tooltip with the whole label and the figures, and
 * whether the target was met.
 */
public sealed interface IndicatorRow
        permits IndicatorRow.Ratio, IndicatorRow.Graded, IndicatorRow.Stated {
    String label();

    String tooltip();

    Outcome outcome();

    /** A numeric result as a percentage of a positive target, e.g. 317.71 of 160 = 198.57 %. */
    record Ratio(
            String label, String tooltip, BigDecimal percent, String percentText, Outcome outcome)
            implements IndicatorRow {
        public Ratio {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tooltip, "tooltip");
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(percentText, "percentText");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A qualitative result: the grades of the scale as drawn left to right (worst first, so that
     * better lies in the direction bars grow), the position of the result and, if the target is one
     * grade, of the target.
     */
    record Graded(
            String label,
            String tooltip,
            List<String> scale,
            int actual,
            OptionalInt target,
            Outcome outcome)
            implements IndicatorRow {
        public Graded {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tooltip, "tooltip");
            scale = List.copyOf(scale);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(outcome, "outcome");
            if (actual < 0 || actual >= scale.size()) {
                throw new IllegalArgumentException("actual must index the scale: " + actual);
            }
            if (target.isPresent()
                    && (target.getAsInt() < 0 || target.getAsInt() >= scale.size())) {
                throw new IllegalArgumentException(
                        "target must index the scale: " + target.getAsInt());
            }
        }
    }

    /** A result that can be neither scaled nor graded (a target of 0, a text), said in words. */
    record Stated(String label, String tooltip, String text, Outcome outcome)
            implements IndicatorRow {
        public Stated {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tooltip, "tooltip");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
