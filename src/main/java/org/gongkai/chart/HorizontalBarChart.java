package org.gongkai.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Horizontal bars, largest first, with code and name on the left and the value at the end of each
 * bar: the chart for a classification's rows and for departments compared in a year.
 *
 * <p>The longest bar is {@value #BAR_AREA} units long and the others in proportion, exactly. Labels
 * wider than the label column are shortened with an ellipsis and given whole in a tooltip; a bar of
 * zero still shows its value, just right of the axis. Bars are drawn top to bottom by size, but
 * written in the order of the data, which keeps the SVG in step with the disclosure file.
 */
public final class HorizontalBarChart {
    static final int BAR_AREA = 400;
    private static final double FONT = 14;
    private static final double ROW = 30;
    private static final double BAR = 18;
    private static final double TOP = 8;
    private static final double MAX_LABEL_EMS = 17;
    private static final double VALUE_EMS = 8;

    private HorizontalBarChart() {}

    public static String svg(ChartText text, List<Bar> bars) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            order.add(i);
        }
        // Largest first; equal values keep the order of the data (the sort is stable).
        order.sort(Comparator.comparing((Integer i) -> bars.get(i).value()).reversed());
        int[] rank = new int[bars.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
        BigDecimal max = order.isEmpty() ? BigDecimal.ZERO : bars.get(order.get(0)).value().max(BigDecimal.ZERO);
        double labelEms = 0;
        for (Bar b : bars) {
            labelEms = Math.max(labelEms, Math.min(MAX_LABEL_EMS, TextWidth.ems(b.fullLabel())));
        }
        double labelWidth = Math.ceil(labelEms * FONT) + 12;
        double valueWidth = VALUE_EMS * FONT;
        double width = labelWidth + BAR_AREA + valueWidth;
        double height = TOP * 2 + ROW * bars.size();
        Svg svg = new Svg().open(text.id(), "hbar", width, height, text.title(), text.description());
        svg.line("axis", labelWidth, TOP / 2, labelWidth, height - TOP / 2);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + rank[i] * ROW;
            String label = TextWidth.fit(b.fullLabel(), MAX_LABEL_EMS);
            String barWidth = width(b.value(), max);
            double end = labelWidth + Double.parseDouble(barWidth);
            svg.openGroup("row", b.fullLabel() + "：" + b.valueText());
            svg.text("label", labelWidth - 8, y + ROW / 2 + FONT * 0.35, "end", label);
            svg.rect("bar", labelWidth, y + (ROW - BAR) / 2, barWidth, BAR);
            svg.text("value", end + 6, y + ROW / 2 + FONT * 0.35, "start", b.valueText());
            svg.closeGroup();
        }
        return svg.close();
    }

    /** {@code value / max * 400}, exact to two decimals; 0 for a negative value or a zero maximum. */
    static String width(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return "0";
        }
        BigDecimal w = value.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 2, RoundingMode.HALF_UP);
        return Svg.num(w.doubleValue());
    }
}
