package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout the horizontal bar charts share, built to stay readable on a phone: each row's label
 * sits on its own line(s) above its bar(s), so labels get the whole width of the canvas, and each
 * bar has a band of its own, tall enough for its value printed just past its end. Nothing can
 * overlap: bands never share a y range, and the canvas is made wide enough for the longest bar plus
 * its value. Negative values are drawn leftwards from the axis with their value on the left.
 *
 * <p>Lay out once with {@link #layout}, then {@link #draw} the rows in any order: the functional
 * chart draws them in the order of the data although they are laid out largest first. Immutable
 * once laid out.
 */
final class BarRows {
    private static final double LABEL_INSET = 5;
    private static final double AFTER_LABEL = 3;
    private static final double SLOT_GAP = 3;
    private static final double ROW_GAP = 14;
    private static final double MIN_LABEL_EMS = 12;
    private static final int MAX_LABEL_LINES = 2;

    /** One bar of a row: its CSS class, its thickness and its figure. */
    record Slot(String barClass, double thickness, Value value) {
        Slot {
            Objects.requireNonNull(barClass, "barClass");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A row: the tooltip that carries its whole label and figures, the label drawn above, the
     * label's CSS class and indent (for items under a group), and its bars top to bottom.
     */
    record Row(String tooltip, String label, String labelClass, double indent, List<Slot> slots) {
        Row {
            Objects.requireNonNull(tooltip, "tooltip");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(labelClass, "labelClass");
            slots = List.copyOf(slots);
        }
    }

    private final List<Row> rows;
    private final List<List<String>> lines;
    private final double[] tops;
    private final Scale scale;
    private final double axis;
    private final double width;
    private final double top;
    private final double bottom;

    private BarRows(
            List<Row> rows,
            List<List<String>> lines,
            double[] tops,
            Scale scale,
            double axis,
            double width,
            double top,
            double bottom) {
        this.rows = rows;
        this.lines = lines;
        this.tops = tops;
        this.scale = scale;
        this.axis = axis;
        this.width = width;
        this.top = top;
        this.bottom = bottom;
    }

    /**
     * Lays out {@code rows} top to bottom from {@code top}: the largest magnitude gets {@code
     * length} units, and the canvas is at least {@code minWidth} wide.
     */
    static BarRows layout(List<Row> rows, double length, double top, double minWidth) {
        List<BigDecimal> values = new ArrayList<>();
        rows.forEach(r -> r.slots().forEach(s -> values.add(s.value().value())));
        Scale scale = Scale.of(values, length);
        double left = 0;
        double right = length;
        for (Row r : rows) {
            for (Slot s : r.slots()) {
                double reach =
                        scale.extent(s.value().value())
                                + Metrics.GAP
                                + Metrics.width(s.value().text());
                if (s.value().value().signum() < 0) {
                    left = Math.max(left, reach);
                } else {
                    right = Math.max(right, reach);
                }
            }
        }
        double axis = Metrics.PAD + Math.ceil(left);
        double labelRoom = MIN_LABEL_EMS * Metrics.FONT * Metrics.SAFETY;
        double width =
                Math.ceil(
                        Math.max(
                                minWidth,
                                Math.max(axis + right, axis + LABEL_INSET + labelRoom)
                                        + Metrics.PAD));
        List<List<String>> lines = new ArrayList<>();
        for (Row r : rows) {
            double room = width - Metrics.PAD - (axis + LABEL_INSET + r.indent());
            lines.add(
                    TextWidth.wrap(
                            r.label(), room / (Metrics.FONT * Metrics.SAFETY), MAX_LABEL_LINES));
        }
        return place(List.copyOf(rows), lines, scale, axis, width, top);
    }

    /**
     * The same layout from {@code top}: what {@link #layout} gives for these rows with this
     * layout's width as the least width, without wrapping every label again.
     */
    BarRows at(double top) {
        return place(rows, lines, scale, axis, width, top);
    }

    private static BarRows place(
            List<Row> rows,
            List<List<String>> lines,
            Scale scale,
            double axis,
            double width,
            double top) {
        double[] tops = new double[rows.size()];
        double y = top;
        for (int i = 0; i < rows.size(); i++) {
            tops[i] = y;
            y += labelHeight(lines.get(i).size()) + AFTER_LABEL;
            for (Slot s : rows.get(i).slots()) {
                y += band(s) + SLOT_GAP;
            }
            y += ROW_GAP - SLOT_GAP;
        }
        return new BarRows(rows, lines, tops, scale, axis, width, top, y - ROW_GAP);
    }

    private static double labelHeight(int lineCount) {
        return lineCount == 0
                ? 0
                : (lineCount - 1) * Metrics.line(Metrics.FONT) + Metrics.height(Metrics.FONT);
    }

    /** The height of a bar's band: the bar, or its value's line where that is taller. */
    private static double band(Slot s) {
        return Math.max(s.thickness(), Metrics.height(Metrics.FONT));
    }

    double width() {
        return width;
    }

    /** The y just below the last row. */
    double bottom() {
        return bottom;
    }

    int size() {
        return rows.size();
    }

    /** The zero line, from the first row to the last. */
    void drawAxis(Svg svg) {
        if (!rows.isEmpty()) {
            svg.line("axis", axis, top, axis, bottom);
        }
    }

    /** Draws row {@code i} of the layout as a group with its tooltip. */
    void draw(Svg svg, int i) {
        Row r = rows.get(i);
        svg.openGroup("row", r.tooltip());
        double y = tops[i];
        List<String> wrapped = lines.get(i);
        for (int l = 0; l < wrapped.size(); l++) {
            double baseline = y + Metrics.ASCENT * Metrics.FONT + l * Metrics.line(Metrics.FONT);
            svg.text(
                    r.labelClass(),
                    axis + LABEL_INSET + r.indent(),
                    baseline,
                    "start",
                    wrapped.get(l));
        }
        y += labelHeight(wrapped.size()) + AFTER_LABEL;
        for (Slot s : r.slots()) {
            double band = band(s);
            double middle = y + band / 2;
            BigDecimal v = s.value().value();
            double extent = scale.extent(v);
            double baseline = Metrics.baselineAt(middle, Metrics.FONT);
            if (v.signum() < 0) {
                svg.rect(
                        s.barClass(),
                        axis - extent,
                        middle - s.thickness() / 2,
                        scale.widthText(v),
                        s.thickness());
                svg.text("value", axis - extent - Metrics.GAP, baseline, "end", s.value().text());
            } else {
                svg.rect(
                        s.barClass(),
                        axis,
                        middle - s.thickness() / 2,
                        scale.widthText(v),
                        s.thickness());
                svg.text("value", axis + extent + Metrics.GAP, baseline, "start", s.value().text());
            }
            y += band + SLOT_GAP;
        }
        svg.closeGroup();
    }
}
