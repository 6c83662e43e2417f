package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.chart.Bar;
import org.gongkai.chart.BarGroup;
import org.gongkai.chart.BreakdownChart;
import org.gongkai.chart.ChartText;
import org.gongkai.chart.HorizontalBarChart;
import org.gongkai.model.Derived;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Measure;

/**
 * The charts of a disclosure page, each with the table of its data: the functional classification
 * first (other tools read the first chart of the page as that one), then the economic breakdown,
 * budget against actual where budget figures exist, and the performance indicators. A chart with
 * nothing to draw is left out. Stateless apart from the shared messages; thread-safe.
 */
final class DisclosureCharts {
    private final ThemeMessages t;
    private final BudgetActualCharts execution;
    private final IndicatorCharts indicators;

    DisclosureCharts(ThemeMessages messages) {
        this.t = messages;
        this.execution = new BudgetActualCharts(messages);
        this.indicators = new IndicatorCharts(messages);
    }

    List<ChartView> all(Derived d) {
        List<ChartView> out = new ArrayList<>();
        functional(d).ifPresent(out::add);
        economic(d).ifPresent(out::add);
        execution.chart(d).ifPresent(out::add);
        indicators.chart(d.disclosure().indicators()).ifPresent(out::add);
        return out;
    }

    /**
     * The functional classification's rows without children, as bars of their actual (else
     * adjusted, else budget), in the order of the content file.
     */
    private Optional<ChartView> functional(Derived d) {
        List<ItemNode> leaves = leavesInFileOrder(d.byFunction());
        Optional<Measure> measure = primary(leaves);
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        Measure m = measure.get();
        String unit = d.disclosure().unit();
        List<Bar> bars = new ArrayList<>();
        for (ItemNode n : leaves) {
            BigDecimal v = n.amount(m).orElse(BigDecimal.ZERO);
            bars.add(new Bar(n.code().orElse(""), n.name(), v, Format.amount(v)));
        }
        String title = t.format("chart.by-function", t.get("measure." + m.key()), unit);
        String desc = t.format("chart.by-function.desc", bars.size(), unit);
        String svg = HorizontalBarChart.svg(new ChartText("chart-by-function", title, desc), bars);
        BigDecimal total = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TableView.Row> rows = new ArrayList<>();
        bars.stream()
                .sorted(Comparator.comparing(Bar::value).reversed())
                .forEach(
                        b ->
                                rows.add(
                                        TableView.Row.of(
                                                List.of(
                                                        codeCell(b.code()),
                                                        TableView.Cell.text(b.label()),
                                                        DisclosureTables.amount(b.value()),
                                                        DisclosurePage.share(b.value(), total)))));
        TableView table =
                dataTable(
                        t,
                        "chart-by-function",
                        title,
                        List.of(
                                new TableView.Column(t.get("col.code"), false),
                                new TableView.Column(t.get("col.name"), false),
                                new TableView.Column(t.format("col.amount", unit), true),
                                new TableView.Column(t.get("col.share"), true)),
                        rows);
        return Optional.of(new ChartView("chart-by-function", title, new SafeString(svg), table));
    }

    /** The economic classification: each top-level group with the items directly under it. */
    private Optional<ChartView> economic(Derived d) {
        ItemTree tree = d.byEconomic();
        Optional<Measure> measure = primary(tree.flatten());
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        Measure m = measure.get();
        String unit = d.disclosure().unit();
        BigDecimal total = tree.total(m).orElse(BigDecimal.ZERO);
        List<BarGroup> groups = new ArrayList<>();
        List<TableView.Row> rows = new ArrayList<>();
        int items = 0;
        for (ItemNode g : tree.roots()) {
            Bar group = bar(g, m);
            rows.add(
                    new TableView.Row(
                            List.of(
                                    TableView.Cell.text(group.fullLabel()),
                                    DisclosureTables.amount(group.value()),
                                    DisclosurePage.share(group.value(), total)),
                            "subtotal",
                            false));
            List<Bar> bars = new ArrayList<>();
            for (ItemNode item : g.children()) {
                Bar b = bar(item, m);
                bars.add(b);
                rows.add(
                        new TableView.Row(
                                List.of(
                                        TableView.Cell.text(b.fullLabel()),
                                        DisclosureTables.amount(b.value()),
                                        DisclosurePage.share(b.value(), total)),
                                "item",
                                false));
            }
            items += bars.size();
            groups.add(new BarGroup(group, bars));
        }
        String title = t.format("chart.economic", t.get("measure." + m.key()), unit);
        String desc = t.format("chart.economic.desc", groups.size(), items, unit);
        String svg = BreakdownChart.svg(new ChartText("chart-by-economic", title, desc), groups);
        TableView table =
                dataTable(
                        t,
                        "chart-by-economic",
                        title,
                        List.of(
                                new TableView.Column(t.get("col.name"), false),
                                new TableView.Column(t.format("col.amount", unit), true),
                                new TableView.Column(t.get("col.share"), true)),
                        rows);
        return Optional.of(new ChartView("chart-by-economic", title, new SafeString(svg), table));
    }

    private static Bar bar(ItemNode n, Measure m) {
        BigDecimal v = n.amount(m).orElse(BigDecimal.ZERO);
        return new Bar(n.code().orElse(""), n.name(), v, Format.amount(v));
    }

    /**
     * The rows without children in the order the content file lists them. The tree groups rows
     * under their code parents, which reorders a file whose codes are not sorted; the chart keeps
     * the editor's order so that its bars match the file row by row.
     */
    static List<ItemNode> leavesInFileOrder(ItemTree tree) {
        return tree.leaves().stream().sorted(Comparator.comparing(n -> n.item().pos())).toList();
    }

    /** Actual where the rows have it, else adjusted, else budget. */
    static Optional<Measure> primary(List<ItemNode> rows) {
        for (Measure m : List.of(Measure.ACTUAL, Measure.ADJUSTED, Measure.BUDGET)) {
            if (rows.stream().anyMatch(n -> n.amount(m).isPresent())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A classification code, kept on one line: a code broken in two reads as two numbers. */
    static TableView.Cell codeCell(String code) {
        return TableView.Cell.marked(code, "", "code");
    }

    /** The table beside a chart: the same figures, captioned as the chart's data. */
    static TableView dataTable(
            ThemeMessages t,
            String chartId,
            String title,
            List<TableView.Column> columns,
            List<TableView.Row> rows) {
        return new TableView(
                chartId + "-data",
                "chart-data",
                "",
                t.format("chart.data", title),
                columns,
                rows,
                List.of());
    }
}
