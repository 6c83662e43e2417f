package org.gongkai.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.DataTable;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Measure;
import org.gongkai.model.PublicPart;
import org.gongkai.model.StaffRow;
import org.gongkai.model.ThreePublic;

/**
 * The whole normalised disclosure as JSON, for auditors and scripts: every figure as published
 * (exact decimals, never floating point), the sums computed from them (marked {@code computed}),
 * the derived rates, and the reconciliation findings. Keys keep one fixed order so that two builds
 * write the same bytes. Thread-safe.
 */
public final class DataJson {
    /** Version of this file's layout; raised when a key changes meaning. */
    static final int FORMAT = 1;

    // The streaming generator, not an ObjectMapper: the same bytes (the default pretty printer),
    // without loading the hundreds of classes of data binding, which took 0.1 s of every rebuild.
    private final JsonFactory factory = new JsonFactory();

    public byte[] json(Derived d, List<Finding> findings) {
        StringWriter out = new StringWriter(16 * 1024);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.useDefaultPrettyPrinter();
            write(g, tree(d, findings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a tree of maps, lists, texts, numbers, booleans and nulls. */
    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    Map<String, Object> tree(Derived d, List<Finding> findings) {
        Disclosure x = d.disclosure();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("source", x.file());
        m.put("slug", x.slug());
        m.put("department", x.department());
        m.put("year", x.year());
        m.put("kind", x.kind().key());
        m.put("title", x.title());
        m.put("region", x.region().orElse(null));
        m.put("published", x.published().map(Object::toString).orElse(null));
        m.put("unit", x.unit());
        Map<String, Object> totals = new LinkedHashMap<>();
        put(totals, "budget", x.totals().budget());
        put(totals, "adjusted", x.totals().adjusted());
        put(totals, "actual", x.totals().actual());
        put(totals, "carry_in", x.totals().carryIn());
        put(totals, "carry_out", x.totals().carryOut());
        m.put("totals", totals);
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put("budget", d.budget().orElse(null));
        derived.put("adjusted", d.adjusted().orElse(null));
        derived.put("actual", d.actual().orElse(null));
        derived.put("execution_rate_percent", d.executionRate().map(DataJson::rate).orElse(null));
        derived.put("deviation_percent", d.deviation().map(DataJson::rate).orElse(null));
        m.put("derived", derived);
        m.put("staff", x.staff().stream().map(DataJson::staff).toList());
        m.put("income", tree(d.income()));
        Map<String, Object> expenditure = new LinkedHashMap<>();
        expenditure.put("by_function", tree(d.byFunction()));
        expenditure.put("by_economic", tree(d.byEconomic()));
        m.put("expenditure", expenditure);
        m.put("three_public", x.threePublic().map(DataJson::threePublic).orElse(null));
        m.put("indicators", x.indicators().stream().map(DataJson::indicator).toList());
        m.put("score", x.score().map(Figure::value).orElse(null));
        m.put("tables", x.tables().stream().map(DataJson::table).toList());
        m.put("findings", findings.stream().map(DataJson::finding).toList());
        return m;
    }

    /** Rates to 4 decimals: exact enough for any check, stable across builds. */
    private static BigDecimal rate(BigDecimal v) {
        return v.setScale(4, java.math.RoundingMode.HALF_UP);
    }

    private static void put(Map<String, Object> m, String key, Optional<Figure> f) {
        f.ifPresent(v -> m.put(key, v.value()));
    }

    private static Map<String, Object> staff(StaffRow s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", s.category());
        s.authorized().ifPresent(c -> m.put("authorized", c.value()));
        s.actual().ifPresent(c -> m.put("actual", c.value()));
        return m;
    }

    private static List<Map<String, Object>> tree(ItemTree tree) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemNode n : tree.roots()) {
            out.add(node(n));
        }
        return out;
    }

    private static Map<String, Object> node(ItemNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        n.code().ifPresent(c -> m.put("code", c));
        m.put("name", n.name());
        if (n.synthesized()) {
            m.put("implied", true);
        }
        for (Measure measure : Measure.values()) {
            n.amount(measure).ifPresent(v -> m.put(measure.key(), v));
        }
        if (!n.derived().isEmpty()) {
            m.put("computed", n.derived().stream().map(Measure::key).toList());
        }
        n.item().note().ifPresent(note -> m.put("note", note));
        if (!n.children().isEmpty()) {
            m.put("items", n.children().stream().map(DataJson::node).toList());
        }
        return m;
    }

    private static Map<String, Object> threePublic(ThreePublic tp) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : List.of("total", "reception", "vehicles", "overseas")) {
            tp.part(key).ifPresent(p -> m.put(key, part(p)));
        }
        return m;
    }

    private static Map<String, Object> part(PublicPart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        p.amounts().forEach((k, v) -> m.put(k, v.value()));
        p.counts().forEach((k, v) -> m.put(k, v.value()));
        return m;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level1", i.level1());
        m.put("level2", i.level2());
        m.put("name", i.name());
        m.put("operator", i.operator().key());
        i.target().ifPresent(v -> m.put("target", value(v)));
        m.put("unit", i.unit());
        i.weight().ifPresent(w -> m.put("weight", w.value()));
        i.actual().ifPresent(v -> m.put("actual", value(v)));
        i.score().ifPresent(s -> m.put("score", s.value()));
        m.put("met", i.met().orElse(null));
        return m;
    }

    private static Object value(IndicatorValue v) {
        return v.number().<Object>map(n -> n).orElse(v.text());
    }

    private static Map<String, Object> table(DataTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title());
        t.unit().ifPresent(u -> m.put("unit", u));
        m.put("columns", t.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (List<DataTable.Cell> r : t.rows()) {
            rows.add(r.stream().map(c -> c.number().<Object>map(n -> n).orElse(c.text())).toList());
        }
        m.put("rows", rows);
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().key());
        m.put("path", f.path());
        m.put("line", f.pos().line());
        m.put("column", f.pos().column());
        m.put("subject", f.subject());
        m.put("stated", f.stated());
        m.put("computed", f.computed());
        m.put("difference", f.difference());
        m.put("unit", f.unit());
        return m;
    }
}
