package org.gongkai.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.Count;
import org.gongkai.model.DataTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.Kind;
import org.gongkai.model.LineItem;
import org.gongkai.model.Measure;
import org.gongkai.model.Narrative;
import org.gongkai.model.Operator;
import org.gongkai.model.PublicPart;
import org.gongkai.model.StaffRow;
import org.gongkai.model.ThreePublic;
import org.gongkai.model.Totals;
import org.gongkai.problem.Message;
import org.gongkai.yaml.Fields;
import org.gongkai.yaml.Located;
import org.gongkai.yaml.Reporter;
import org.gongkai.yaml.Spelling;
import org.gongkai.yaml.YamlNode;

/**
 * Maps the front matter of {@code content/<slug>/<year>.md} onto a {@link Disclosure}, following
 * the content format key by key. Every problem is reported with its key path; reading goes on after
 * a problem so that one pass finds them all. Thread-safe (stateless apart from the configuration).
 */
final class DisclosureReader {
    static final List<String> ROOT_KEYS =
            List.of(
                    "department",
                    "year",
                    "kind",
                    "title",
                    "region",
                    "published",
                    "unit",
                    "staff",
                    "totals",
                    "income",
                    "expenditure",
                    "three_public",
                    "indicators",
                    "score",
                    "tables");
    static final List<String> ITEM_KEYS =
            List.of(
                    "code",
                    "name",
                    "budget",
                    "adjusted",
                    "actual",
                    "basic",
                    "project",
                    "note",
                    "items");
    static final List<String> TOTALS_KEYS =
            List.of("budget", "adjusted", "actual", "carry_in", "carry_out");
    static final List<String> STAFF_KEYS = List.of("category", "authorized", "actual");
    static final List<String> INDICATOR_KEYS =
            List.of(
                    "level1",
                    "level2",
                    "name",
                    "operator",
                    "target",
                    "unit",
                    "weight",
                    "actual",
                    "score");
    static final List<String> TABLE_KEYS = List.of("title", "columns", "rows", "unit");
    static final Map<String, List<String>> PART_AMOUNTS =
            Map.of(
                    "total", List.of("budget", "actual"),
                    "reception", List.of("budget", "actual"),
                    "vehicles", List.of("budget", "actual", "purchase", "operation"),
                    "overseas", List.of("budget", "actual"));
    static final Map<String, List<String>> PART_COUNTS =
            Map.of(
                    "total", List.of(),
                    "reception", List.of("batches", "people"),
                    "vehicles", List.of("purchased", "fleet"),
                    "overseas", List.of("trips", "people"));

    /** How editors write a kind in Chinese, for the hint in the message that refuses it. */
    static final Map<String, String> KIND_WORDS =
            Map.of(
                    "预算",
                    "budget",
                    "部门预算",
                    "budget",
                    "决算",
                    "final-accounts",
                    "部门决算",
                    "final-accounts",
                    "绩效评价",
                    "performance-evaluation",
                    "绩效",
                    "performance-evaluation");

    /** Signs as printed in the seeds' tables, for the hint in the message that refuses them. */
    static final Map<String, String> OPERATOR_WORDS =
            Map.ofEntries(
                    Map.entry("≥", ">="),
                    Map.entry("≤", "<="),
                    Map.entry("＞", ">"),
                    Map.entry("＜", "<"),
                    Map.entry("＝", "="),
                    Map.entry("=>", ">="),
                    Map.entry("=<", "<="),
                    Map.entry("==", "="),
                    Map.entry("定性", "qualitative"),
                    Map.entry("不少于", ">="),
                    Map.entry("不低于", ">="),
                    Map.entry("大于等于", ">="),
                    Map.entry("不多于", "<="),
                    Map.entry("不高于", "<="),
                    Map.entry("不超过", "<="),
                    Map.entry("小于等于", "<="),
                    Map.entry("大于", ">"),
                    Map.entry("高于", ">"),
                    Map.entry("小于", "<"),
                    Map.entry("低于", "<"),
                    Map.entry("等于", "="));

    private final SiteConfig config;
    private final Titles titles;

    DisclosureReader(SiteConfig config) {
        this.config = config;
        this.titles = new Titles(config.language());
    }

    /** The disclosure, or empty when a required part is unusable (the problems say why). */
    Optional<Disclosure> read(
            YamlNode root,
            String file,
            String slug,
            int fileYear,
            Narrative narrative,
            Reporter r) {
        Optional<Fields> fields = Fields.of(root, "", r);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(ROOT_KEYS);
        f.require("department");
        f.require("year");
        f.require("kind");
        Optional<String> department = f.text("department").map(Located::value);
        Optional<Integer> year = year(f, fileYear);
        Optional<Kind> kind =
                f.text("kind")
                        .flatMap(
                                k -> {
                                    Optional<Kind> found = Kind.ofKey(k.value().strip());
                                    if (found.isEmpty()) {
                                        r.error(
                                                "invalid-value",
                                                k.pos(),
                                                k.path(),
                                                unknown(
                                                        "kind",
                                                        k.value(),
                                                        Kind.keys(),
                                                        KIND_WORDS));
                                    }
                                    return found;
                                });
        Optional<String> title = f.text("title").map(Located::value);
        Optional<String> region = f.text("region").map(Located::value);
        Optional<LocalDate> published = f.date("published").map(Located::value);
        String unit = f.text("unit").map(Located::value).orElse(config.unit());

        List<StaffRow> staff = f.list("staff", (n, p) -> staffRow(n, p, r));
        Totals totals = f.map("totals").map(DisclosureReader::totals).orElse(Totals.NONE);
        List<LineItem> income = f.list("income", (n, p) -> lineItem(n, p, r, 1));
        List<LineItem> byFunction = List.of();
        List<LineItem> byEconomic = List.of();
        Optional<Fields> expenditure = f.map("expenditure");
        if (expenditure.isPresent()) {
            Fields e = expenditure.get();
            e.allowOnly(List.of("by_function", "by_economic"));
            byFunction = e.list("by_function", (n, p) -> lineItem(n, p, r, 1));
            byEconomic = e.list("by_economic", (n, p) -> lineItem(n, p, r, 1));
        }
        Optional<ThreePublic> threePublic =
                f.map("three_public").map(DisclosureReader::threePublic);
        List<Indicator> indicators = f.list("indicators", (n, p) -> indicator(n, p, r));
        Optional<Figure> score = f.decimal("score").map(DisclosureReader::figure);
        List<DataTable> tables = f.list("tables", (n, p) -> table(n, p, r));

        if (department.isEmpty() || year.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Disclosure(
                        file,
                        slug,
                        department.get(),
                        year.get(),
                        kind.get(),
                        title.orElseGet(
                                () -> titles.title(department.get(), year.get(), kind.get())),
                        region,
                        published,
                        unit,
                        staff,
                        totals,
                        income,
                        byFunction,
                        byEconomic,
                        threePublic,
                        indicators,
                        score,
                        tables,
                        narrative));
    }

    /**
     * The message for a kind or operator that is not allowed: the allowed values, and the one
     * probably meant when the value is a known way of writing it or a near spelling.
     */
    private static Message unknown(
            String what, String value, String allowed, Map<String, String> words) {
        String v = value.strip();
        // Operators are one or two signs, too short for a spelling distance to mean anything.
        Optional<String> meant =
                Optional.ofNullable(words.get(v))
                        .or(
                                () ->
                                        v.length() > 3
                                                ? Spelling.nearest(v, List.of(allowed.split(", ")))
                                                : Optional.empty());
        return meant.map(m -> Message.of(what + ".unknown.near", value, allowed, m))
                .orElseGet(() -> Message.of(what + ".unknown", value, allowed));
    }

    private static Optional<Integer> year(Fields f, int fileYear) {
        Optional<YamlNode> node = f.node("year");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar q
                && q.type() == YamlNode.ScalarType.STRING
                && q.text().strip().matches("\\d{4}")) {
            f.reporter()
                    .error(
                            "wrong-type",
                            q.pos(),
                            "year",
                            Message.of("type.year.quoted", q.text().strip()));
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlNode.Scalar s)
                || s.type() != YamlNode.ScalarType.INTEGER
                || !s.text().matches("\\d{4}")) {
            f.reporter()
                    .error(
                            "wrong-type",
                            node.get().pos(),
                            "year",
                            Message.of("type.year", node.get().describe()));
            return Optional.empty();
        }
        int year = Integer.parseInt(s.text());
        if (year != fileYear) {
            f.reporter()
                    .error(
                            "year-mismatch",
                            s.pos(),
                            "year",
                            Message.of("year.mismatch", year, fileYear));
            return Optional.empty();
        }
        return Optional.of(year);
    }

    private static Figure figure(Located<BigDecimal> v) {
        return new Figure(v.value(), v.path(), v.pos());
    }

    private static org.gongkai.model.Count count(Located<Long> v) {
        return new Count(v.value(), v.path(), v.pos());
    }

    private static Totals totals(Fields t) {
        t.allowOnly(TOTALS_KEYS);
        return new Totals(
                t.decimal("budget").map(DisclosureReader::figure),
                t.decimal("adjusted").map(DisclosureReader::figure),
                t.decimal("actual").map(DisclosureReader::figure),
                t.decimal("carry_in").map(DisclosureReader::figure),
                t.decimal("carry_out").map(DisclosureReader::figure));
    }

    private static Optional<StaffRow> staffRow(YamlNode node, String path, Reporter r) {
        return Fields.of(node, path, r)
                .flatMap(
                        s -> {
                            s.allowOnly(STAFF_KEYS);
                            s.require("category");
                            Optional<String> category = s.text("category").map(Located::value);
                            Optional<Count> authorized =
                                    s.count("authorized").map(DisclosureReader::count);
                            Optional<Count> actual = s.count("actual").map(DisclosureReader::count);
                            return category.map(c -> new StaffRow(c, authorized, actual));
                        });
    }

    private static Optional<LineItem> lineItem(YamlNode node, String path, Reporter r, int depth) {
        return Fields.of(node, path, r)
                .flatMap(
                        i -> {
                            i.allowOnly(ITEM_KEYS);
                            i.require("name");
                            Optional<String> code = i.text("code").map(Located::value);
                            Optional<String> name = i.text("name").map(Located::value);
                            Map<Measure, Figure> stated = new EnumMap<>(Measure.class);
                            for (Measure m : Measure.values()) {
                                i.decimal(m.key()).ifPresent(v -> stated.put(m, figure(v)));
                            }
                            Optional<String> note = i.text("note").map(Located::value);
                            List<LineItem> items =
                                    i.list("items", (n, p) -> lineItem(n, p, r, depth + 1));
                            return name.map(
                                    n ->
                                            new LineItem(
                                                    path,
                                                    node.pos(),
                                                    code,
                                                    n,
                                                    stated,
                                                    note,
                                                    items));
                        });
    }

    private static ThreePublic threePublic(Fields t) {
        t.allowOnly(List.of("total", "reception", "vehicles", "overseas"));
        return new ThreePublic(
                part(t, "total"), part(t, "reception"), part(t, "vehicles"), part(t, "overseas"));
    }

    private static Optional<PublicPart> part(Fields t, String key) {
        return t.map(key)
                .map(
                        p -> {
                            List<String> amountKeys = PART_AMOUNTS.get(key);
                            List<String> countKeys = PART_COUNTS.get(key);
                            List<String> known = new ArrayList<>(amountKeys);
                            known.addAll(countKeys);
                            p.allowOnly(known);
                            Map<String, Figure> amounts = new LinkedHashMap<>();
                            for (String k : amountKeys) {
                                p.decimal(k).ifPresent(v -> amounts.put(k, figure(v)));
                            }
                            Map<String, Count> counts = new LinkedHashMap<>();
                            for (String k : countKeys) {
                                p.count(k).ifPresent(v -> counts.put(k, count(v)));
                            }
                            return new PublicPart(p.path(), p.pos(), amounts, counts);
                        });
    }

    private static Optional<Indicator> indicator(YamlNode node, String path, Reporter r) {
        return Fields.of(node, path, r)
                .flatMap(
                        i -> {
                            i.allowOnly(INDICATOR_KEYS);
                            i.require("name");
                            i.require("operator");
                            Optional<String> name = i.text("name").map(Located::value);
                            Optional<Operator> operator =
                                    i.text("operator")
                                            .flatMap(
                                                    o -> {
                                                        Optional<Operator> op =
                                                                Operator.ofKey(o.value().strip());
                                                        if (op.isEmpty()) {
                                                            r.error(
                                                                    "invalid-value",
                                                                    o.pos(),
                                                                    o.path(),
                                                                    unknown(
                                                                            "operator",
                                                                            o.value(),
                                                                            Operator.keys(),
                                                                            OPERATOR_WORDS));
                                                        }
                                                        return op;
                                                    });
                            Optional<IndicatorValue> target = value(i, "target");
                            Optional<IndicatorValue> actual = value(i, "actual");
                            Optional<Figure> weight =
                                    i.decimal("weight").map(DisclosureReader::figure);
                            Optional<Figure> score =
                                    i.decimal("score").map(DisclosureReader::figure);
                            if (name.isEmpty() || operator.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Indicator(
                                            path,
                                            node.pos(),
                                            i.text("level1").map(Located::value).orElse(""),
                                            i.text("level2").map(Located::value).orElse(""),
                                            name.get(),
                                            operator.get(),
                                            target,
                                            i.text("unit").map(Located::value).orElse(""),
                                            weight,
                                            actual,
                                            score));
                        });
    }

    /** A target or actual: a plain number is a number, anything else is kept as text (a grade). */
    private static Optional<IndicatorValue> value(Fields i, String key) {
        Optional<YamlNode> node = i.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.INTEGER
                        || s.type() == YamlNode.ScalarType.DECIMAL)) {
            return i.decimal(key)
                    .map(
                            v ->
                                    new IndicatorValue(
                                            s.text(), Optional.of(v.value()), v.path(), v.pos()));
        }
        return i.text(key)
                .map(t -> new IndicatorValue(t.value(), Optional.empty(), t.path(), t.pos()));
    }

    private static Optional<DataTable> table(YamlNode node, String path, Reporter r) {
        return Fields.of(node, path, r)
                .flatMap(
                        t -> {
                            t.allowOnly(TABLE_KEYS);
                            t.require("title");
                            t.require("columns");
                            t.require("rows");
                            Optional<String> title = t.text("title").map(Located::value);
                            List<String> columns =
                                    t.list(
                                            "columns",
                                            (n, p) -> Fields.textAt(n, p, r).map(Located::value));
                            List<List<DataTable.Cell>> rows =
                                    t.list("rows", (n, p) -> row(n, p, columns.size(), r));
                            Optional<String> unit = t.text("unit").map(Located::value);
                            return title.map(ti -> new DataTable(ti, columns, rows, unit));
                        });
    }

    private static Optional<List<DataTable.Cell>> row(
            YamlNode node, String path, int width, Reporter r) {
        List<DataTable.Cell> cells =
                Fields.listOf(
                        node,
                        path,
                        r,
                        (n, p) -> {
                            if (n instanceof YamlNode.Scalar s
                                    && (s.type() == YamlNode.ScalarType.INTEGER
                                            || s.type() == YamlNode.ScalarType.DECIMAL)) {
                                return Fields.decimalAt(n, p, r)
                                        .map(
                                                v ->
                                                        new DataTable.Cell(
                                                                s.text(), Optional.of(v.value())));
                            }
                            if (n instanceof YamlNode.Scalar s
                                    && s.type() == YamlNode.ScalarType.NULL) {
                                return Optional.of(new DataTable.Cell("", Optional.empty()));
                            }
                            return Fields.textAt(n, p, r)
                                    .map(t -> new DataTable.Cell(t.value(), Optional.empty()));
                        });
        if (node instanceof YamlNode.Seq seq && seq.items().size() != width) {
            r.error(
                    "invalid-value",
                    node.pos(),
                    path,
                    Message.of("table.width", seq.items().size(), width));
            return Optional.empty();
        }
        return Optional.of(cells);
    }
}
