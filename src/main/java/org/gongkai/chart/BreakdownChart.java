package org.gongkai.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A breakdown in groups and items, such as the economic classification (工资福利支出 and its 基本工资, 津贴补贴,
 * ...): each group as a thick bar with its name in bold, followed by its items as thin bars with
 * indented names, all on one scale, in the order of the data. Stacked segments would be too narrow
 * to label on a phone; separate bars keep every item readable and comparable. Stateless and
 * thread-safe.
 */
public final class BreakdownChart {
    static final int BAR_AREA = 400;
    static final double GROUP_THICKNESS = 18;
    static final double ITEM_THICKNESS = 10;
    static final double ITEM_INDENT = 16;

    private BreakdownChart() {}

    public static String svg(ChartText text, List<BarGroup> groups) {
        List<BarRows.Row> rows = new ArrayList<>();
        for (BarGroup g : groups) {
            rows.add(row(g.total(), "label group", 0, "bar-group", GROUP_THICKNESS));
            for (Bar item : g.items()) {
                rows.add(row(item, "label item", ITEM_INDENT, "bar-item", ITEM_THICKNESS));
            }
        }
        BarRows layout = BarRows.layout(rows, BAR_AREA, Metrics.PAD, Metrics.MIN_WIDTH);
        Svg svg = new Svg(text, "breakdown");
        layout.drawAxis(svg);
        for (int i = 0; i < layout.size(); i++) {
            layout.draw(svg, i);
        }
        return svg.close(layout.width(), layout.bottom() + Metrics.PAD);
    }

    private static BarRows.Row row(
            Bar b, String labelClass, double indent, String barClass, double thickness) {
        return new BarRows.Row(
                b.fullLabel() + "\n" + b.valueText(),
                b.fullLabel(),
                labelClass,
                indent,
                List.of(
                        new BarRows.Slot(
                                barClass, thickness, new Value(b.value(), b.valueText()))));
    }
}
