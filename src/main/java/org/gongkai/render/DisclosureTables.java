package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Count;
import org.gongkai.model.DataTable;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionCodes;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Measure;
import org.gongkai.model.PublicPart;
import org.gongkai.model.StaffRow;
import org.gongkai.model.ThreePublic;

/**
 * The tables of a disclosure page, built from the model: income, functional classification (a tree
 * with 类/款/项 subtotals), economic classification, 三公经费, staff, indicators, and every further table
 * as published. The same views feed the page and the CSV downloads. Stateless apart from the shared
 * messages; thread-safe.
 */
final class DisclosureTables {
    private final ThemeMessages t;

    DisclosureTables(ThemeMessages messages) {
        this.t = messages;
    }

    List<TableView> all(Derived d) {
        List<TableView> out = new ArrayList<>();
        Disclosure x = d.disclosure();
        add(out, tree("income", "income", t.format("table.income", x.unit()), d.income(), false));
        add(
                out,
                tree(
                        "by-function",
                        "by-function",
                        t.format("table.by-function", x.unit()),
                        d.byFunction(),
                        true));
        add(
                out,
                tree(
                        "by-economic",
                        "by-economic",
                        t.format("table.by-economic", x.unit()),
                        d.byEconomic(),
                        false));
        x.threePublic().ifPresent(tp -> add(out, threePublic(tp, x.unit())));
        add(out, staff(x.staff()));
        add(out, indicators(x.indicators()));
        for (int i = 0; i < x.tables().size(); i++) {
            add(out, published(x.tables().get(i), i + 1));
        }
        return out;
    }

    private static void add(List<TableView> out, TableView table) {
        if (!table.isEmpty()) {
            out.add(table);
        }
    }

    /** The measures a tree shows: those that any row states or implies, in the format's order. */
    static List<Measure> measures(ItemTree tree) {
        List<Measure> out = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (tree.flatten().stream().anyMatch(n -> n.amount(m).isPresent())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A classification as a tree. Rows at the deepest level are plain {@code <tr>} rows, indented
     * by the table's {@code depth-N} class; subtotal rows and shallower leaves carry their depth.
     */
    private TableView tree(
            String id, String cssClass, String caption, ItemTree tree, boolean codes) {
        if (tree.isEmpty()) {
            return new TableView(id, cssClass, "", caption, List.of(), List.of(), List.of());
        }
        List<Measure> measures = measures(tree);
        boolean hasCodes = codes || tree.flatten().stream().anyMatch(n -> n.code().isPresent());
        List<TableView.Column> columns = new ArrayList<>();
        if (hasCodes) {
            columns.add(new TableView.Column(t.get("col.code"), false));
        }
        columns.add(new TableView.Column(t.get("col.name"), false));
        for (Measure m : measures) {
            columns.add(new TableView.Column(t.get("measure." + m.key()), true));
        }
        List<ItemNode> nodes = tree.flatten();
        int maxDepth = nodes.stream().mapToInt(ItemNode::depth).max().orElse(0);
        List<TableView.Row> rows = new ArrayList<>();
        for (ItemNode n : nodes) {
            List<TableView.Cell> cells = new ArrayList<>();
            if (hasCodes) {
                cells.add(TableView.Cell.text(n.code().orElse("")));
            }
            cells.add(TableView.Cell.text(name(n)));
            for (Measure m : measures) {
                cells.add(
                        n.amount(m)
                                .map(DisclosureTables::amount)
                                .orElse(TableView.Cell.empty(true)));
            }
            String css = "";
            if (!n.isLeaf()) {
                css = "subtotal d" + n.depth();
            } else if (n.depth() != maxDepth) {
                css = "d" + n.depth();
            }
            rows.add(new TableView.Row(cells, css, false));
        }
        List<TableView.Cell> total = new ArrayList<>();
        total.add(TableView.Cell.text(t.get("row.total")));
        if (hasCodes) {
            total.add(TableView.Cell.text(""));
        }
        for (Measure m : measures) {
            total.add(
                    tree.total(m).map(DisclosureTables::amount).orElse(TableView.Cell.empty(true)));
        }
        return new TableView(
                id,
                cssClass,
                "tree depth-" + maxDepth,
                caption,
                columns,
                rows,
                List.of(new TableView.Row(total, "total", true)));
    }

    private static String name(ItemNode n) {
        if (!n.name().isEmpty()) {
            return n.name();
        }
        return n.code().flatMap(FunctionCodes::levelName).orElse("");
    }

    static TableView.Cell amount(BigDecimal v) {
        return TableView.Cell.number(Format.amount(v), v.toPlainString());
    }

    private static TableView.Cell figure(Optional<Figure> f) {
        return f.map(x -> amount(x.value())).orElse(TableView.Cell.empty(true));
    }

    private static TableView.Cell count(Optional<Count> c) {
        return c.map(x -> TableView.Cell.number(Long.toString(x.value()), Long.toString(x.value())))
                .orElse(TableView.Cell.empty(true));
    }

    private TableView threePublic(ThreePublic tp, String unit) {
        boolean budget = partsStream(tp).anyMatch(p -> p.amount("budget").isPresent());
        List<TableView.Column> columns = new ArrayList<>();
        columns.add(new TableView.Column(t.get("col.item"), false));
        if (budget) {
            columns.add(new TableView.Column(t.get("measure.budget"), true));
        }
        columns.add(new TableView.Column(t.get("measure.actual"), true));
        columns.add(new TableView.Column(t.get("col.counts"), false));
        List<TableView.Row> rows = new ArrayList<>();
        for (String key : ThreePublic.PART_KEYS) {
            tp.part(key)
                    .ifPresent(
                            p -> {
                                rows.add(
                                        partRow(
                                                t.get("three-public." + key),
                                                p,
                                                budget,
                                                "",
                                                counts(key, p)));
                                if (key.equals("vehicles")) {
                                    for (String sub : List.of("purchase", "operation")) {
                                        p.amount(sub)
                                                .ifPresent(
                                                        f -> {
                                                            List<TableView.Cell> cells =
                                                                    new ArrayList<>();
                                                            cells.add(
                                                                    TableView.Cell.text(
                                                                            t.get(
                                                                                    "three-public."
                                                                                            + sub)));
                                                            if (budget) {
                                                                cells.add(
                                                                        TableView.Cell.empty(true));
                                                            }
                                                            cells.add(amount(f.value()));
                                                            cells.add(TableView.Cell.text(""));
                                                            rows.add(
                                                                    new TableView.Row(
                                                                            cells, "d1", false));
                                                        });
                                    }
                                }
                            });
        }
        List<TableView.Row> footer = new ArrayList<>();
        tp.total()
                .ifPresent(
                        p ->
                                footer.add(
                                        partRow(
                                                t.get("three-public.total"),
                                                p,
                                                budget,
                                                "total",
                                                "")));
        return new TableView(
                "three-public",
                "three-public",
                "",
                t.format("table.three-public", unit),
                columns,
                rows,
                footer);
    }

    private static java.util.stream.Stream<PublicPart> partsStream(ThreePublic tp) {
        return java.util.stream.Stream.of(tp.total(), tp.reception(), tp.vehicles(), tp.overseas())
                .flatMap(Optional::stream);
    }

    private TableView.Row partRow(
            String label, PublicPart p, boolean budget, String css, String counts) {
        List<TableView.Cell> cells = new ArrayList<>();
        cells.add(TableView.Cell.text(label));
        if (budget) {
            cells.add(figure(p.amount("budget")));
        }
        Optional<Figure> actual = p.amount("actual");
        if (actual.isEmpty()
                && (p.amount("purchase").isPresent() || p.amount("operation").isPresent())) {
            BigDecimal sum =
                    p.amount("purchase")
                            .map(Figure::value)
                            .orElse(BigDecimal.ZERO)
                            .add(p.amount("operation").map(Figure::value).orElse(BigDecimal.ZERO));
            cells.add(amount(sum));
        } else {
            cells.add(figure(actual));
        }
        cells.add(TableView.Cell.text(counts));
        return new TableView.Row(cells, css, css.equals("total"));
    }

    /** The counts of a part in words: "38 批次，290 人次". */
    private String counts(String key, PublicPart p) {
        List<String> parts = new ArrayList<>();
        for (var e : p.counts().entrySet()) {
            parts.add(t.format("count." + key + "." + e.getKey(), e.getValue().value()));
        }
        return String.join(t.get("list.separator"), parts);
    }

    private TableView staff(List<StaffRow> staff) {
        if (staff.isEmpty()) {
            return new TableView("staff", "staff", "", "", List.of(), List.of(), List.of());
        }
        List<TableView.Column> columns =
                List.of(
                        new TableView.Column(t.get("col.category"), false),
                        new TableView.Column(t.get("col.authorized"), true),
                        new TableView.Column(t.get("col.staff-actual"), true));
        // No total row: categories such as 退休人员 are not posts, and a sum would mislead.
        List<TableView.Row> rows = new ArrayList<>();
        for (StaffRow s : staff) {
            rows.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.text(s.category()),
                                    count(s.authorized()),
                                    count(s.actual()))));
        }
        return new TableView("staff", "staff", "", t.get("table.staff"), columns, rows, List.of());
    }

    private TableView indicators(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return new TableView(
                    "indicators", "indicators", "", "", List.of(), List.of(), List.of());
        }
        List<TableView.Column> columns =
                List.of(
                        new TableView.Column(t.get("col.level1"), false),
                        new TableView.Column(t.get("col.level2"), false),
                        new TableView.Column(t.get("col.indicator"), false),
                        new TableView.Column(t.get("col.target"), false),
                        new TableView.Column(t.get("col.weight"), true),
                        new TableView.Column(t.get("col.result"), false),
                        new TableView.Column(t.get("col.score"), true),
                        new TableView.Column(t.get("col.met"), false));
        List<TableView.Row> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            String target = i.target().map(v -> targetText(i, v)).orElse("");
            String actual =
                    i.actual()
                            .map(v -> v.number().isPresent() ? v.text() + i.unit() : v.text())
                            .orElse("");
            Optional<Boolean> met = i.met();
            String metText =
                    met.map(m -> t.get(m ? "met.yes" : "met.no")).orElse(t.get("met.unknown"));
            String metClass = met.map(m -> m ? "met" : "not-met").orElse("unknown");
            rows.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.text(i.level1()),
                                    TableView.Cell.text(i.level2()),
                                    TableView.Cell.text(i.name()),
                                    TableView.Cell.text(target),
                                    i.weight()
                                            .map(
                                                    w ->
                                                            TableView.Cell.number(
                                                                    Format.plain(w.value()),
                                                                    w.value().toPlainString()))
                                            .orElse(TableView.Cell.empty(true)),
                                    TableView.Cell.text(actual),
                                    i.score()
                                            .map(
                                                    s ->
                                                            TableView.Cell.number(
                                                                    Format.plain(s.value()),
                                                                    s.value().toPlainString()))
                                            .orElse(TableView.Cell.empty(true)),
                                    TableView.Cell.marked(
                                            metText,
                                            met.map(String::valueOf).orElse(""),
                                            metClass))));
        }
        return new TableView(
                "indicators",
                "indicators",
                "",
                t.get("table.indicators"),
                columns,
                rows,
                List.of());
    }

    private String targetText(Indicator i, IndicatorValue v) {
        if (v.number().isPresent()) {
            return i.operator().symbol() + v.text() + i.unit();
        }
        return v.text();
    }

    private TableView published(DataTable table, int n) {
        List<TableView.Column> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            final int col = c;
            boolean numeric =
                    !table.rows().isEmpty()
                            && table.rows().stream()
                                    .allMatch(
                                            r ->
                                                    r.get(col).number().isPresent()
                                                            || r.get(col).text().isEmpty());
            columns.add(new TableView.Column(table.columns().get(c), numeric));
        }
        List<TableView.Row> rows = new ArrayList<>();
        for (List<DataTable.Cell> row : table.rows()) {
            List<TableView.Cell> cells = new ArrayList<>();
            for (DataTable.Cell c : row) {
                cells.add(
                        c.number().isPresent()
                                ? TableView.Cell.number(c.text(), c.number().get().toPlainString())
                                : TableView.Cell.text(c.text()));
            }
            rows.add(TableView.Row.of(cells));
        }
        String caption =
                table.unit()
                        .map(u -> t.format("table.with-unit", table.title(), u))
                        .orElse(table.title());
        return new TableView("table-" + n, "published", "", caption, columns, rows, List.of());
    }
}
