package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Columns over time, such as a department's budget and actual expenditure year by year: one cluster
 * of columns per period, left to right in the order given, one column per series the period states,
 * on a value axis with round ticks and light grid lines, and a legend above. Values are printed
 * above the columns when every one of them fits its column; otherwise the ticks, the tooltips and
 * the data table beside the chart carry them. Period labels that would touch are thinned to every
 * second (third, ...) one. Stateless and thread-safe.
 */
public final class TrendChart {
    static final double PLOT_HEIGHT = 260;
    static final double MAX_COLUMN = 64;
    static final double MIN_COLUMN = 8;
    static final double CLUSTER_GAP = 16;
    static final double COLUMN_GAP = 2;
    static final double TICK_GAP = 6;

    private TrendChart() {}

    public static String svg(ChartText text, List<Series> allSeries, List<Cluster> periods) {
        List<Series> series = GroupedBarChart.present(allSeries, periods);
        int n = Math.max(1, series.size());
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Cluster c : periods) {
            for (Series s : series) {
                BigDecimal v = c.value(s).map(Value::value).orElse(BigDecimal.ZERO);
                min = min.min(v);
                max = max.max(v);
            }
        }
        Ticks ticks = Ticks.of(min, max, 4);
        double tickWidth = 0;
        for (BigDecimal t : ticks.values()) {
            tickWidth = Math.max(tickWidth, Metrics.width(Ticks.text(t), Metrics.SMALL));
        }
        double plotLeft = Math.ceil(Metrics.PAD + tickWidth + TICK_GAP);
        double minCluster = n * MIN_COLUMN + CLUSTER_GAP;
        double width =
                Math.max(
                        Metrics.MIN_WIDTH,
                        Math.ceil(plotLeft + periods.size() * minCluster + Metrics.PAD));
        double plotRight = width - Metrics.PAD;
        double pitch = periods.isEmpty() ? 0 : (plotRight - plotLeft) / periods.size();
        double column = Math.min(MAX_COLUMN, (pitch - CLUSTER_GAP) / n);

        Svg svg = new Svg(text, "trend");
        double top = Legend.draw(svg, GroupedBarChart.legend(series), Metrics.PAD, width);
        boolean labelled = min.signum() >= 0 && valuesFit(periods, series, column);
        double plotTop =
                top
                        + (labelled
                                ? Metrics.height(Metrics.SMALL) + Metrics.GAP
                                : Metrics.height(Metrics.SMALL) / 2);
        double plotBottom = plotTop + PLOT_HEIGHT;
        double zero = y(ticks, BigDecimal.ZERO, plotTop);

        svg.openGroup("grid");
        for (BigDecimal t : ticks.values()) {
            double ty = y(ticks, t, plotTop);
            if (t.signum() != 0) {
                svg.line("grid", plotLeft, ty, plotRight, ty);
            }
            svg.text(
                    "tick",
                    plotLeft - TICK_GAP,
                    Metrics.baselineAt(ty, Metrics.SMALL),
                    "end",
                    Metrics.SMALL,
                    Ticks.text(t));
        }
        svg.closeGroup();

        int every = labelStep(periods, pitch);
        double labelBaseline = plotBottom + Metrics.GAP + Metrics.ASCENT * Metrics.FONT;
        for (int p = 0; p < periods.size(); p++) {
            Cluster c = periods.get(p);
            List<Series> stated = series.stream().filter(s -> c.value(s).isPresent()).toList();
            double middle = plotLeft + pitch * (p + 0.5);
            double x = middle - column * stated.size() / 2;
            svg.openGroup("period", tooltip(c, stated));
            for (Series s : stated) {
                Value v = c.value(s).orElseThrow();
                double vy = y(ticks, v.value(), plotTop);
                double h = Math.abs(zero - vy);
                double ry = Math.min(zero, vy);
                svg.rect("column " + s.cssClass(), x + COLUMN_GAP / 2, ry, column - COLUMN_GAP, h);
                if (labelled) {
                    svg.text(
                            "value above",
                            x + column / 2,
                            ry - Metrics.GAP / 2 - Metrics.DESCENT * Metrics.SMALL,
                            "middle",
                            Metrics.SMALL,
                            v.text());
                }
                x += column;
            }
            if (p % every == 0) {
                // Wide enough to reach halfway to the next label drawn, never past the plot's
                // edges, where the tick labels and the canvas end.
                double room =
                        Math.min(
                                pitch * every - Metrics.GAP,
                                2 * Math.min(middle - plotLeft, plotRight - middle));
                String label = TextWidth.fit(c.fullLabel(), room / (Metrics.FONT * Metrics.SAFETY));
                svg.text("period-label", middle, labelBaseline, "middle", label);
            }
            svg.closeGroup();
        }
        svg.line("axis", plotLeft, zero, plotRight, zero);
        return svg.close(width, labelBaseline + Metrics.DESCENT * Metrics.FONT + Metrics.PAD);
    }

    private static String tooltip(Cluster c, List<Series> stated) {
        StringBuilder out = new StringBuilder(c.fullLabel());
        for (Series s : stated) {
            out.append('\n').append(s.name()).append(' ').append(c.value(s).orElseThrow().text());
        }
        return out.toString();
    }

    private static double y(Ticks ticks, BigDecimal v, double plotTop) {
        return plotTop + PLOT_HEIGHT * (1 - ticks.fraction(v));
    }

    private static boolean valuesFit(List<Cluster> periods, List<Series> series, double column) {
        for (Cluster c : periods) {
            for (Series s : series) {
                if (c.value(s).isPresent()
                        && Metrics.width(c.value(s).get().text(), Metrics.SMALL) > column) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every how many periods a label is drawn so that neighbouring labels never touch. */
    private static int labelStep(List<Cluster> periods, double pitch) {
        double widest = 0;
        for (Cluster c : periods) {
            widest = Math.max(widest, Metrics.width(c.fullLabel()));
        }
        int every = 1;
        while (every < periods.size() && widest + Metrics.GAP > pitch * every) {
            every++;
        }
        return every;
    }
}
