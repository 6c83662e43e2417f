package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.chart.Bar;
import org.gongkai.chart.ChartText;
import org.gongkai.chart.Cluster;
import org.gongkai.chart.HorizontalBarChart;
import org.gongkai.chart.Series;
import org.gongkai.chart.TrendChart;
import org.gongkai.chart.Value;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.Measure;
import org.gongkai.model.Units;

/**
 * The charts of the pages that gather disclosures: a department's budget and expenditure year by
 * year, and the departments of a year compared. Amounts are converted to the site's unit first,
 * since disclosures may use different ones. Stateless apart from the shared messages; thread-safe.
 */
final class AggregateCharts {
    private final ThemeMessages t;
    private final SiteConfig config;

    AggregateCharts(ThemeMessages messages, SiteConfig config) {
        this.t = messages;
        this.config = config;
    }

    private Optional<Value> inSiteUnit(Optional<BigDecimal> v, String unit) {
        return v.flatMap(x -> Units.convert(x, unit, config.unit()))
                .map(x -> new Value(x, Format.amount(x)));
    }

    /** The trend of a department, when two or more years state a figure; years in order. */
    List<ChartView> trend(String department, List<DisclosureSummary> summaries) {
        List<Cluster> years = new ArrayList<>();
        summaries.stream()
                .sorted(Comparator.comparingInt(DisclosureSummary::year))
                .forEach(
                        s -> {
                            Map<String, Value> values = new LinkedHashMap<>();
                            inSiteUnit(s.budget(), s.unit())
                                    .ifPresent(v -> values.put(Measure.BUDGET.key(), v));
                            inSiteUnit(s.adjusted(), s.unit())
                                    .ifPresent(v -> values.put(Measure.ADJUSTED.key(), v));
                            inSiteUnit(s.actual(), s.unit())
                                    .ifPresent(v -> values.put(Measure.ACTUAL.key(), v));
                            if (!values.isEmpty()) {
                                years.add(new Cluster("", String.valueOf(s.year()), values));
                            }
                        });
        if (years.size() < 2) {
            return List.of();
        }
        List<Series> series = new ArrayList<>();
        for (Measure m : List.of(Measure.BUDGET, Measure.ADJUSTED, Measure.ACTUAL)) {
            if (years.stream().anyMatch(c -> c.values().containsKey(m.key()))) {
                series.add(new Series(m.key(), t.get("measure." + m.key())));
            }
        }
        String unit = config.unit();
        String id = "chart-trend";
        String title = t.format("chart.trend", department, unit);
        String names =
                String.join(
                        t.get("chart.series-separator"),
                        series.stream().map(Series::name).toList());
        String desc =
                t.format(
                        "chart.trend.desc",
                        years.get(0).label(),
                        years.get(years.size() - 1).label(),
                        names,
                        unit);
        String svg = TrendChart.svg(new ChartText(id, title, desc), series, years);
        List<TableView.Column> columns = new ArrayList<>();
        columns.add(new TableView.Column(t.get("col.year"), false));
        for (Series s : series) {
            columns.add(new TableView.Column(s.name(), true));
        }
        List<TableView.Row> rows = new ArrayList<>();
        for (Cluster c : years) {
            List<TableView.Cell> cells = new ArrayList<>();
            cells.add(TableView.Cell.text(c.label()));
            for (Series s : series) {
                cells.add(
                        c.value(s)
                                .map(v -> DisclosureTables.amount(v.value()))
                                .orElse(TableView.Cell.empty(true)));
            }
            rows.add(TableView.Row.of(cells));
        }
        return List.of(
                new ChartView(
                        id,
                        title,
                        new SafeString(svg),
                        DisclosureCharts.dataTable(t, id, title, columns, rows)));
    }

    /** The departments of a year by their total expenditure, largest first. */
    List<ChartView> year(int year, List<DisclosureSummary> summaries) {
        List<Bar> bars = new ArrayList<>();
        for (DisclosureSummary s : summaries) {
            inSiteUnit(s.actual(), s.unit())
                    .ifPresent(v -> bars.add(new Bar("", s.department(), v.value(), v.text())));
        }
        if (bars.isEmpty()) {
            return List.of();
        }
        String unit = config.unit();
        String id = "chart-year";
        String title = t.format("chart.year", year, unit);
        String svg =
                HorizontalBarChart.svg(
                        new ChartText(
                                id, title, t.format("chart.year.desc", bars.size(), year, unit)),
                        bars);
        BigDecimal total = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TableView.Row> rows = new ArrayList<>();
        bars.stream()
                .sorted(Comparator.comparing(Bar::value).reversed())
                .forEach(
                        b ->
                                rows.add(
                                        TableView.Row.of(
                                                List.of(
                                                        TableView.Cell.text(b.label()),
                                                        DisclosureTables.amount(b.value()),
                                                        DisclosurePage.share(b.value(), total)))));
        List<TableView.Column> columns =
                List.of(
                        new TableView.Column(t.get("col.department"), false),
                        new TableView.Column(t.format("col.amount", unit), true),
                        new TableView.Column(t.get("col.share"), true));
        return List.of(
                new ChartView(
                        id,
                        title,
                        new SafeString(svg),
                        DisclosureCharts.dataTable(t, id, title, columns, rows)));
    }
}
