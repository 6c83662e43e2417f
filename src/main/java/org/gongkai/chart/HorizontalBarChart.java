package org.gongkai.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Horizontal bars, largest first, each with its code and name above it and its value at its end:
 * the chart of the functional classification's rows and of the departments compared in a year.
 *
 * <p>The bar of largest magnitude is {@value #BAR_AREA} units long and the others in exact
 * proportion (a negative one leftwards). Long names wrap onto a second line and are then cut with
 * an ellipsis; the whole name is in the row's tooltip and in the data table beside the chart. Bars
 * are drawn top to bottom by size but written in the order of the data, which keeps the SVG in step
 * with the disclosure file. Stateless and thread-safe.
 *
 * <pre>
 * String svg = HorizontalBarChart.svg(new ChartText("chart-x", title, desc), bars);
 * </pre>
 */
public final class HorizontalBarChart {
    static final int BAR_AREA = 400;
    static final double THICKNESS = 18;

    private HorizontalBarChart() {}

    public static String svg(ChartText text, List<Bar> bars) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            order.add(i);
        }
        // Largest first; equal values keep the order of the data (the sort is stable).
        order.sort(Comparator.comparing((Integer i) -> bars.get(i).value()).reversed());
        int[] rank = new int[bars.size()];
        List<BarRows.Row> rows = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            Bar b = bars.get(order.get(r));
            rank[order.get(r)] = r;
            Value v = new Value(b.value(), b.valueText());
            rows.add(
                    new BarRows.Row(
                            b.fullLabel() + "\n" + b.valueText(),
                            b.fullLabel(),
                            "label",
                            0,
                            List.of(new BarRows.Slot("bar", THICKNESS, v))));
        }
        BarRows layout = BarRows.layout(rows, BAR_AREA, Metrics.PAD, Metrics.MIN_WIDTH);
        Svg svg = new Svg(text, "hbar");
        layout.drawAxis(svg);
        for (int i = 0; i < bars.size(); i++) {
            layout.draw(svg, rank[i]);
        }
        return svg.close(layout.width(), layout.bottom() + Metrics.PAD);
    }
}
