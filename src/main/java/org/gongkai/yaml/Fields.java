package org.gongkai.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;

/**
 * Typed access to the keys of one YAML mapping, reporting every missing key, wrong type and unknown
 * key with its key path and place. Each getter reports its own problem and returns empty, so that a
 * reader goes on and collects all the problems of a file in one pass. Not thread-safe.
 *
 * <pre>
 * Fields f = Fields.root(map, reporter);
 * Optional&lt;Located&lt;BigDecimal&gt;&gt; budget = f.map("totals").flatMap(t -&gt; t.decimal("budget"));
 * </pre>
 */
public final class Fields {
    private static final Pattern GLUED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*):(\\S.*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{3}(\\.\\d+)?");
    private final YamlNode.Map map;
    private final String path;
    private final Reporter reporter;

    private Fields(YamlNode.Map map, String path, Reporter reporter) {
        this.map = map;
        this.path = path;
        this.reporter = reporter;
    }

    /** The top-level mapping of a file; keys have bare paths ({@code department}). */
    public static Fields root(YamlNode.Map map, Reporter reporter) {
        return new Fields(map, "", reporter);
    }

    /** Fields of {@code node} at {@code path}, or empty with a problem when it is not a mapping. */
    public static Optional<Fields> of(YamlNode node, String path, Reporter reporter) {
        if (node instanceof YamlNode.Map m) {
            return Optional.of(new Fields(m, path, reporter));
        }
        reporter.error("wrong-type", node.pos(), path, Message.of("type.map", node.describe()));
        return Optional.empty();
    }

    public String path() {
        return path;
    }

    public Pos pos() {
        return map.pos();
    }

    public Reporter reporter() {
        return reporter;
    }

    /** The path of a key below this mapping. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return map.entry(key).isPresent();
    }

    public Optional<YamlNode> node(String key) {
        return map.get(key);
    }

    /** Reports a required key that is absent, at the mapping that should hold it. */
    public void require(String key) {
        if (!has(key)) {
            reporter.error("missing-key", map.pos(), pathOf(key), Message.of("key.missing", key));
        }
    }

    public Optional<Located<String>> text(String key) {
        return read(key, Scalars::text, "wrong-type");
    }

    public Optional<Located<BigDecimal>> decimal(String key) {
        return read(key, Scalars::decimal, "wrong-type");
    }

    public Optional<Located<Long>> count(String key) {
        return read(key, Scalars::count, "wrong-type");
    }

    public Optional<Located<LocalDate>> date(String key) {
        return read(key, Scalars::date, "invalid-date");
    }

    /** The value of {@code key} as a mapping. */
    public Optional<Fields> map(String key) {
        return node(key).flatMap(n -> of(n, pathOf(key), reporter));
    }

    /**
     * The entries of the list at {@code key}, each read by {@code reader} with its own path ({@code
     * key[i]}); a value that is not a list is one problem.
     */
    public <T> List<T> list(String key, ListReader<T> reader) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        return listOf(node.get(), pathOf(key), reporter, reader);
    }

    public static <T> List<T> listOf(
            YamlNode node, String path, Reporter reporter, ListReader<T> reader) {
        if (!(node instanceof YamlNode.Seq seq)) {
            reporter.error(
                    "wrong-type", node.pos(), path, Message.of("type.list", node.describe()));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            reader.read(seq.items().get(i), path + "[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    /** Reads one list entry found at a path; empty when it is unusable (problem reported). */
    @FunctionalInterface
    public interface ListReader<T> {
        Optional<T> read(YamlNode node, String path);
    }

    /**
     * Warns of every key not in {@code known}, naming the nearest known key when one is close
     * enough to be a likely typo. A key that is really a value the YAML split wrongly ({@code
     * actual:12} read as one key, or {@code {actual: 1,234.50}} read as {@code actual: 1} and a key
     * {@code 234.50}) is an error instead, since a figure would otherwise be lost or wrong.
     */
    public void allowOnly(Collection<String> known) {
        List<YamlNode.Entry> entries = map.entries();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode.Entry e = entries.get(i);
            if (known.contains(e.key())) {
                continue;
            }
            String plain = Scalars.ODD_SPACE.matcher(e.key()).replaceAll("").strip();
            if (!plain.equals(e.key())) {
                reporter.error(
                        "yaml-syntax",
                        e.keyPos(),
                        pathOf(plain),
                        Message.of("yaml.odd-space", plain));
                continue;
            }
            Matcher glued = GLUED.matcher(e.key());
            if (glued.matches() && known.contains(glued.group(1)) && isNull(e.value())) {
                reporter.error(
                        "yaml-syntax",
                        e.keyPos(),
                        pathOf(glued.group(1)),
                        Message.of("yaml.colon-space", glued.group(1), glued.group(2)));
                continue;
            }
            if (isSplitNumber(e)) {
                // 1,234,567.00 gives one key per group after the first: report it once, at the
                // key whose value the groups were cut from.
                int first = i;
                StringBuilder groups = new StringBuilder();
                while (first > 0 && isSplitNumber(entries.get(first))) {
                    groups.insert(0, "," + entries.get(first).key());
                    first--;
                }
                YamlNode.Entry owner = entries.get(first);
                if (first == i - 1
                        && owner.value() instanceof YamlNode.Scalar v
                        && v.type() == YamlNode.ScalarType.INTEGER) {
                    while (i + 1 < entries.size() && isSplitNumber(entries.get(i + 1))) {
                        groups.append(",").append(entries.get(++i).key());
                    }
                    String written = v.text() + groups;
                    reporter.error(
                            "wrong-type",
                            v.pos(),
                            pathOf(owner.key()),
                            Message.of(
                                    "type.decimal.flow-comma",
                                    written,
                                    owner.key(),
                                    written.replace(",", "")));
                    continue;
                }
            }
            Optional<String> near = Spelling.nearest(e.key(), known);
            Message m =
                    near.map(n -> Message.of("key.unknown.near", n))
                            .orElseGet(() -> Message.of("key.unknown", String.join(", ", known)));
            reporter.warning("unknown-key", e.keyPos(), pathOf(e.key()), m);
        }
    }

    private static boolean isSplitNumber(YamlNode.Entry e) {
        return NUMBER.matcher(e.key()).matches() && isNull(e.value());
    }

    /** A key written without a value: YAML gives null, or (in brackets) empty text. */
    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.NULL
                        || s.type() == YamlNode.ScalarType.STRING && s.text().isEmpty());
    }

    private <T> Optional<Located<T>> read(
            String key, Function<YamlNode, Scalars.Result<T>> parse, String kind) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = entry.get().value();
        Scalars.Result<T> r = parse.apply(node);
        if (r.problem().isPresent()) {
            reporter.error(kind, node.pos(), pathOf(key), r.problem().get());
            return Optional.empty();
        }
        return Optional.of(
                new Located<>(Objects.requireNonNull(r.value().get()), pathOf(key), node.pos()));
    }

    /** Reads a bare list entry (not under a key) with the same rules as the getters. */
    public static Optional<Located<String>> textAt(YamlNode node, String path, Reporter reporter) {
        return at(node, path, reporter, Scalars::text);
    }

    public static Optional<Located<BigDecimal>> decimalAt(
            YamlNode node, String path, Reporter reporter) {
        return at(node, path, reporter, Scalars::decimal);
    }

    private static <T> Optional<Located<T>> at(
            YamlNode node,
            String path,
            Reporter reporter,
            Function<YamlNode, Scalars.Result<T>> parse) {
        Scalars.Result<T> r = parse.apply(node);
        if (r.problem().isPresent()) {
            reporter.error("wrong-type", node.pos(), path, r.problem().get());
            return Optional.empty();
        }
        return Optional.of(new Located<>(r.value().get(), path, node.pos()));
    }
}
