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
 * The chart of initial budget, adjusted budget and actual expenditure side by side for each
 * functional item that states at least two of them, or for the headline total where no item does.
 * Drawn only where there is something to compare, so never for a disclosure that publishes a single
 * figure per row. Stateless apart from the shared messages; thread-safe.
 */
final class BudgetActualCharts {
    private static final String ID = "chart-budget-actual";
    private static final List<Measure> MEASURES =
            List.of(Measure.BUDGET, Measure.ADJUSTED, Measure.ACTUAL);

    private final ThemeMessages t;

    BudgetActualCharts(ThemeMessages messages) {
        this.t = messages;
    }

    Optional<ChartView> chart(Derived d) {
        Map<String, Value> headline = new LinkedHashMap<>();
        d.budget().ifPresent(v -> headline.put(Measure.BUDGET.key(), value(v)));
        d.adjusted().ifPresent(v -> headline.put(Measure.ADJUSTED.key(), value(v)));
        d.actual().ifPresent(v -> headline.put(Measure.ACTUAL.key(), value(v)));
        Cluster total = new Cluster("", t.get("row.total"), headline);
        List<Cluster> rows = new ArrayList<>();
        for (ItemNode n : DisclosureCharts.leavesInFileOrder(d.byFunction())) {
            Map<String, Value> values = new LinkedHashMap<>();
            for (Measure m : MEASURES) {
                n.amount(m).ifPresent(v -> values.put(m.key(), value(v)));
            }
            if (values.size() >= 2) {
                rows.add(new Cluster(n.code().orElse(""), n.name(), values));
            }
        }
        // The total is drawn only when no row compares: on one scale with the rows it would
        // squeeze every row's bars into a sliver. It stays in the table's footer.
        boolean totalOnly = rows.isEmpty();
        if (totalOnly && headline.size() < 2) {
            return Optional.empty();
        }
        List<Cluster> drawn = totalOnly ? List.of(total) : rows;
        List<Series> series = new ArrayList<>();
        for (Measure m : MEASURES) {
            if (drawn.stream().anyMatch(c -> c.values().containsKey(m.key()))
                    || headline.containsKey(m.key())) {
                series.add(new Series(m.key(), t.get("measure." + m.key())));
            }
        }
        List<Series> shown =
                series.stream()
                        .filter(s -> drawn.stream().anyMatch(c -> c.value(s).isPresent()))
                        .toList();
        String unit = d.disclosure().unit();
        String names =
                String.join(
                        t.get("chart.series-separator"), shown.stream().map(Series::name).toList());
        String title = t.format("chart.budget-actual", unit);
        String desc =
                totalOnly
                        ? t.format("chart.budget-actual.total-desc", names, unit)
                        : t.format("chart.budget-actual.desc", rows.size(), names, unit);
        String svg = GroupedBarChart.svg(new ChartText(ID, title, desc), shown, drawn);
        TableView table =
                table(
                        title,
                        series,
                        drawn,
                        totalOnly || headline.isEmpty() ? List.of() : List.of(total));
        return Optional.of(new ChartView(ID, title, new SafeString(svg), table));
    }

    private TableView table(
            String title, List<Series> series, List<Cluster> rows, List<Cluster> footer) {
        List<TableView.Column> columns = new ArrayList<>();
        columns.add(new TableView.Column(t.get("col.code"), false));
        columns.add(new TableView.Column(t.get("col.name"), false));
        for (Series s : series) {
            columns.add(new TableView.Column(s.name(), true));
        }
        columns.add(new TableView.Column(t.get("col.execution"), true));
        List<TableView.Row> body = rows.stream().map(c -> row(c, series, false)).toList();
        List<TableView.Row> foot = footer.stream().map(c -> row(c, series, true)).toList();
        return new TableView(
                ID + "-data", "chart-data", "", t.format("chart.data", title), columns, body, foot);
    }

    /** A row of figures and its execution rate; a footer row is headed by its label ("合计"). */
    private TableView.Row row(Cluster c, List<Series> series, boolean footer) {
        List<TableView.Cell> cells = new ArrayList<>();
        if (footer) {
            cells.add(TableView.Cell.text(c.label()));
            cells.add(TableView.Cell.text(""));
        } else {
            cells.add(DisclosureCharts.codeCell(c.code()));
            cells.add(TableView.Cell.text(c.label()));
        }
        for (Series s : series) {
            cells.add(
                    c.value(s)
                            .map(v -> DisclosureTables.amount(v.value()))
                            .orElse(TableView.Cell.empty(true)));
        }
        Optional<BigDecimal> actual = amount(c, Measure.ACTUAL);
        Optional<BigDecimal> base = amount(c, Measure.ADJUSTED).or(() -> amount(c, Measure.BUDGET));
        cells.add(
                Derived.percent(actual, base)
                        .map(p -> TableView.Cell.number(Format.percent(p), p.toPlainString()))
                        .orElse(TableView.Cell.empty(true)));
        return new TableView.Row(cells, footer ? "total" : "", footer);
    }

    private static Optional<BigDecimal> amount(Cluster c, Measure m) {
        return Optional.ofNullable(c.values().get(m.key())).map(Value::value);
    }

    private static Value value(BigDecimal v) {
        return new Value(v, Format.amount(v));
    }
}
