package org.gongkai.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Pos;

/**
 * A YAML value with the place it was written. Jackson's tree has no positions, so front matter is
 * read into this small tree instead; every check can then point at {@code line:column}.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.Map {

    Pos pos();

    /** What kind of value this is, in the words messages use ("a list", "a decimal number"). */
    String describe();

    /** The type a plain YAML scalar resolved to; quoted scalars are always {@code STRING}. */
    enum ScalarType {
        STRING,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }

    record Scalar(String text, ScalarType type, Pos pos) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing";
                case STRING -> "\"" + text + "\"";
                default -> text;
            };
        }
    }

    record Seq(List<YamlNode> items, Pos pos) implements YamlNode {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A key as written, with its own position, and its value. */
    record Entry(String key, Pos keyPos, YamlNode value) {}

    record Map(List<Entry> entries, Pos pos) implements YamlNode {
        public Map {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
