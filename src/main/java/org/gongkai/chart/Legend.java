package org.gongkai.chart;

import java.util.List;
import java.util.Objects;

/**
 * The key to a chart's series: a swatch drawn exactly as the series' bars are drawn, then its name,
 * items side by side and wrapped onto further lines when the canvas is narrow. Stateless.
 */
final class Legend {
    private static final double SWATCH = 14;
    private static final double AFTER_SWATCH = 6;
    private static final double BETWEEN = 18;

    private Legend() {}

    /**
     * An entry: the class of its swatch and its text. A {@code tick} entry is drawn as a short
     * vertical line (a target marker) rather than a filled square.
     */
    record Entry(String swatchClass, String label, boolean tick) {
        Entry {
            Objects.requireNonNull(swatchClass, "swatchClass");
            Objects.requireNonNull(label, "label");
        }

        static Entry box(String swatchClass, String label) {
            return new Entry(swatchClass, label, false);
        }

        double width() {
            return SWATCH + AFTER_SWATCH + Metrics.width(label);
        }
    }

    /**
     * Draws {@code entries} from {@code top} within {@code [PAD, width - PAD]}; returns the y below
     * the legend. An entry wider than the canvas is shortened to fit.
     */
    static double draw(Svg svg, List<Entry> entries, double top, double width) {
        if (entries.isEmpty()) {
            return top;
        }
        double lineHeight = Metrics.line(Metrics.FONT);
        double right = width - Metrics.PAD;
        double x = Metrics.PAD;
        double y = top;
        svg.openGroup("legend");
        for (Entry e : entries) {
            String label = e.label();
            double w = e.width();
            if (x > Metrics.PAD && x + w > right) {
                x = Metrics.PAD;
                y += lineHeight;
            }
            if (x + w > right) {
                double ems = (right - x - SWATCH - AFTER_SWATCH) / (Metrics.FONT * Metrics.SAFETY);
                label = TextWidth.fit(label, ems);
                w = SWATCH + AFTER_SWATCH + Metrics.width(label);
            }
            double middle = y + lineHeight / 2;
            if (e.tick()) {
                svg.line(
                        e.swatchClass(),
                        x + SWATCH / 2,
                        middle - SWATCH / 2,
                        x + SWATCH / 2,
                        middle + SWATCH / 2);
            } else {
                svg.rect(e.swatchClass(), x, middle - SWATCH / 2, SWATCH, SWATCH);
            }
            svg.text(
                    "legend-label",
                    x + SWATCH + AFTER_SWATCH,
                    Metrics.baselineAt(middle, Metrics.FONT),
                    "start",
                    label);
            x += w + BETWEEN;
        }
        svg.closeGroup();
        return y + lineHeight + Metrics.PAD * 1.5;
    }
}
