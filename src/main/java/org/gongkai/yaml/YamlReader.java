package org.gongkai.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML into a {@link YamlNode} tree that remembers where each key and value was written.
 *
 * <p>Anchors and aliases are refused: a disclosure has no use for them, and refusing them at the
 * first one is what makes alias bombs harmless (Jackson never expands an alias). Duplicate keys are
 * errors. Nesting and size are bounded by {@link Limits}. Thread-safe: the factory is shared and
 * each call uses its own parser.
 */
public final class YamlReader {
    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(Limits.MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(true); // reported by us, with both places
        this.factory =
                YAMLFactory.builder()
                        .loaderOptions(options)
                        .streamReadConstraints(
                                StreamReadConstraints.builder()
                                        .maxNestingDepth(Limits.MAX_DEPTH + 10)
                                        .build())
                        .build();
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. Returns
     * empty when the text is not usable YAML; the reason is then in {@code problems}.
     */
    public Optional<YamlNode> read(String yaml, String file, int firstLine, ProblemList problems) {
        Context cx = new Context(file, firstLine - 1, problems);
        try (YAMLParser p = factory.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Optional.empty();
            }
            YamlNode root = readValue(p, t, cx, 1, "");
            if (root instanceof YamlNode.Scalar) {
                // Front matter and site.yaml are mappings: a single scalar means the first line
                // could not be read as "key: value", which a line check explains better.
                Optional<Problem> lint =
                        YamlSyntax.lint(yaml, Integer.MAX_VALUE, cx.lineOffset, file);
                if (lint.isPresent()) {
                    problems.add(lint.get());
                    return Optional.empty();
                }
            }
            return cx.failed ? Optional.empty() : Optional.of(root);
        } catch (StopReading e) {
            return Optional.empty();
        } catch (IOException | YAMLException e) {
            // Whatever the parser throws on bad text (its own exceptions, or its limits) is a
            // problem in the file, never a crash: the editor gets a located message.
            problems.add(YamlSyntax.explain(e, yaml, cx.lineOffset, file));
            return Optional.empty();
        }
    }

    private YamlNode readValue(YAMLParser p, JsonToken t, Context cx, int depth, String path)
            throws IOException {
        Pos pos = cx.pos(p.currentTokenLocation());
        if (p.isCurrentAlias() || p.getObjectId() != null) {
            cx.fail("yaml-anchor", pos, path, Message.of("yaml.anchor"));
        }
        // Only lists and mappings count as levels: a value inside the deepest allowed mapping is
        // fine.
        if (depth > Limits.MAX_DEPTH
                && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            cx.fail("limit", pos, path, Message.of("limit.depth", Limits.MAX_DEPTH));
        }
        switch (t) {
            case START_OBJECT:
                return readMap(p, pos, cx, depth, path);
            case START_ARRAY:
                return readSeq(p, pos, cx, depth, path);
            case VALUE_STRING:
                return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.STRING, pos);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.INTEGER, pos);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.DECIMAL, pos);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.BOOLEAN, pos);
            case VALUE_NULL:
                return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, pos);
            default:
                // Embedded objects and the like never come out of YAML text.
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private YamlNode readMap(YAMLParser p, Pos pos, Context cx, int depth, String path)
            throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Pos> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            Pos keyPos = cx.pos(p.currentTokenLocation());
            String keyPath = path.isEmpty() ? key : path + "." + key;
            YamlNode value = readValue(p, p.nextToken(), cx, depth + 1, keyPath);
            cx.count(keyPos, keyPath);
            Pos first = seen.putIfAbsent(key, keyPos);
            if (first == null) {
                entries.add(new YamlNode.Entry(key, keyPos, value));
            } else {
                cx.problems.add(
                        Problem.error(
                                "duplicate-key",
                                cx.file,
                                keyPos,
                                keyPath,
                                Message.of("yaml.duplicate", key, first.line())));
                cx.failed = true;
            }
        }
        return new YamlNode.Map(entries, pos);
    }

    private YamlNode readSeq(YAMLParser p, Pos pos, Context cx, int depth, String path)
            throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String itemPath = path + "[" + items.size() + "]";
            YamlNode item = readValue(p, t, cx, depth + 1, itemPath);
            cx.count(item.pos(), itemPath);
            items.add(item);
        }
        return new YamlNode.Seq(items, pos);
    }

    /** Thrown to stop at the first problem that makes the rest of the file meaningless. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class Context {
        final String file;
        final int lineOffset;
        final ProblemList problems;
        boolean failed;
        int nodes;

        Context(String file, int lineOffset, ProblemList problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        Pos pos(JsonLocation loc) {
            // Jackson gives -1 where it knows no place; the start of the text is then the best.
            return Pos.of(
                    Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
        }

        void count(Pos pos, String path) {
            if (++nodes > Limits.MAX_VALUES) {
                fail("limit", pos, path, Message.of("limit.values", Limits.MAX_VALUES));
            }
        }

        void fail(String kind, Pos pos, String path, Message message) {
            problems.add(Problem.error(kind, file, pos, path, message));
            throw new StopReading();
        }
    }
}
