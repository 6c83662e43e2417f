package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.chart.ChartText;
import org.gongkai.chart.Cluster;
import org.gongkai.chart.GroupedBarChart;
import org.gongkai.chart.Series;
import org.gongkai.chart.Value;
import org.gongkai.model.Derived;
import org.gongkai.model.ItemNode;
import org.gongkai.model.Measure;

/**
 * The chart of initial budget, adjusted budget and actual expenditure side by side: the headline
 * total first, then each functional item that states at least two of them. Drawn only where
 * there is something to compare, so never for a disclosure that publishes a single figure per
 * row. Stateless apart from the shared messages; thread-safe.
 */
final class BudgetActualCharts {
    private static final String ID = "chart-budget-actual";
    private static final List<Measure> MEASURES = List.of(Measure.BUDGET, Measure.ADJUSTED, Measure.ACTUAL);

    private final ThemeMessages t;

    BudgetActualCharts(ThemeMessages messages) {
        this.t = messages;
    }

    Optional<ChartView> chart(Derived d) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Value> total = new LinkedHashMap<>();
        d.budget().ifPresent(v -> total.put(Measure.BUDGET.key(), value(v)));
        d.adjusted().ifPresent(v -> total.put(Measure.ADJUSTED.key(), value(v)));
        d.actual().ifPresent(v -> total.put(Measure.ACTUAL.key(), value(v)));
        if (!total.isEmpty()) {
            clusters.add(new Cluster("", t.get("row.total"), total));
        }
        for (ItemNode n : DisclosureCharts.leavesInFileOrder(d.byFunction())) {
            Map<String, Value> values = new LinkedHashMap<>();
            for (Measure m : MEASURES) {
                n.amount(m).ifPresent(v -> values.put(m.key(), value(v)));
            }
            if (values.size() >= 2) {
                clusters.add(new Cluster(n.code().orElse(""), n.name(), values));
            }
        }
        if (clusters.stream().noneMatch(c -> c.values().size() >= 2)) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        for (Measure m : MEASURES) {
            if (clusters.stream().anyMatch(c -> c.values().containsKey(m.key()))) {
                series.add(new Series(m.key(), t.get("measure." + m.key())));
            }
        }
        String unit = d.disclosure().unit();
        String names = String.join(t.get("chart.series-separator"), series.stream().map(Series::name).toList());
        String title = t.format("chart.budget-actual", unit);
        String desc = t.format("chart.budget-actual.desc", clusters.size() - (total.isEmpty() ? 0 : 1), names, unit);
        String svg = GroupedBarChart.svg(new ChartText(ID, title, desc), series, clusters);
        return Optional.of(new ChartView(ID, title, new SafeString(svg), table(title, series, clusters)));
    }

    private TableView table(String title, List<Series> series, List<Cluster> clusters) {
        List<TableView.Column> columns = new ArrayList<>();
        columns.add(new TableView.Column(t.get("col.code"), false));
        columns.add(new TableView.Column(t.get("col.name"), false));
        for (Series s : series) {
            columns.add(new TableView.Column(s.name(), true));
        }
        columns.add(new TableView.Column(t.get("col.execution"), true));
        List<TableView.Row> rows = new ArrayList<>();
        for (Cluster c : clusters) {
            List<TableView.Cell> cells = new ArrayList<>();
            cells.add(DisclosureCharts.codeCell(c.code()));
            cells.add(TableView.Cell.text(c.label()));
            for (Series s : series) {
                cells.add(c.value(s).map(v -> DisclosureTables.amount(v.value())).orElse(TableView.Cell.empty(true)));
            }
            Optional<BigDecimal> actual = amount(c, Measure.ACTUAL);
            Optional<BigDecimal> base = amount(c, Measure.ADJUSTED).or(() -> amount(c, Measure.BUDGET));
            cells.add(Derived.percent(actual, base)
                    .map(p -> TableView.Cell.number(Format.percent(p), p.toPlainString()))
                    .orElse(TableView.Cell.empty(true)));
            rows.add(new TableView.Row(cells, c.code().isEmpty() ? "subtotal" : "", false));
        }
        return DisclosureCharts.dataTable(t, ID, title, columns, rows);
    }

    private static Optional<BigDecimal> amount(Cluster c, Measure m) {
        return Optional.ofNullable(c.values().get(m.key())).map(Value::value);
    }

    private static Value value(BigDecimal v) {
        return new Value(v, Format.amount(v));
    }
}
