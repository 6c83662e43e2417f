package org.gongkai.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Several series side by side for each row, such as initial budget, adjusted budget and actual
 * expenditure of each functional item: under each row's label one thin bar per series the row
 * states, always in the order of the series, with its value at its end. Each series has its own
 * fill style (outlined, hatched, solid) as well as its colour, and a legend above names them.
 * Stateless and thread-safe.
 */
public final class GroupedBarChart {
    static final int BAR_AREA = 400;
    static final double THICKNESS = 12;

    private GroupedBarChart() {}

    public static String svg(ChartText text, List<Series> allSeries, List<Cluster> clusters) {
        List<Series> series = present(allSeries, clusters);
        List<BarRows.Row> rows = new ArrayList<>();
        for (Cluster c : clusters) {
            List<BarRows.Slot> slots = new ArrayList<>();
            StringBuilder tooltip = new StringBuilder(c.fullLabel());
            for (Series s : series) {
                c.value(s)
                        .ifPresent(
                                v -> {
                                    slots.add(new BarRows.Slot(s.cssClass(), THICKNESS, v));
                                    tooltip.append('\n')
                                            .append(s.name())
                                            .append(' ')
                                            .append(v.text());
                                });
            }
            rows.add(new BarRows.Row(tooltip.toString(), c.fullLabel(), "label", 0, slots));
        }
        // The bars set the canvas width; the legend wraps within it.
        BarRows probe = BarRows.layout(rows, BAR_AREA, 0, Metrics.MIN_WIDTH);
        Svg svg = new Svg(text, "grouped");
        double top = Legend.draw(svg, legend(series), Metrics.PAD, probe.width());
        BarRows layout = probe.at(top);
        layout.drawAxis(svg);
        for (int i = 0; i < layout.size(); i++) {
            layout.draw(svg, i);
        }
        return svg.close(layout.width(), layout.bottom() + Metrics.PAD);
    }

    /** The series that at least one cluster states: a legend never names a series not drawn. */
    static List<Series> present(List<Series> series, List<Cluster> clusters) {
        return series.stream()
                .filter(s -> clusters.stream().anyMatch(c -> c.value(s).isPresent()))
                .toList();
    }

    static List<Legend.Entry> legend(List<Series> series) {
        return series.stream().map(s -> Legend.Entry.box(s.cssClass(), s.name())).toList();
    }
}
