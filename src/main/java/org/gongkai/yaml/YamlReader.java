package org.gongkai.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a {@link YamlNode} tree that remembers where each key and value was written.
 *
 * <p>Anchors and aliases are refused: a disclosure has no use for them, and refusing them at the
 * first one is what makes alias bombs harmless (Jackson never expands an alias). Duplicate keys are
 * errors. Nesting and size are bounded by {@link Limits}. Thread-safe: the factory is shared and each
 * call uses its own parser.
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
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. Returns empty
     * when the text is not usable YAML; the reason is then in {@code problems}.
     */
    public Optional<YamlNode> read(String yaml, String file, int firstLine, ProblemList problems) {
        Context cx = new Context(file, firstLine - 1, problems);
        try (YAMLParser p = factory.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Optional.empty();
            }
            YamlNode root = readValue(p, t, cx, 1);
            return cx.failed ? Optional.empty() : Optional.of(root);
        } catch (StopReading e) {
            return Optional.empty();
        } catch (JsonParseException e) {
            syntaxError(e, cx);
            return Optional.empty();
        } catch (IOException e) {
            if (e.getCause() instanceof MarkedYAMLException) {
                syntaxError(e, cx);
                return Optional.empty();
            }
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode readValue(YAMLParser p, JsonToken t, Context cx, int depth) throws IOException {
        Pos pos = cx.pos(p.currentTokenLocation());
        if (p.isCurrentAlias() || p.getObjectId() != null) {
            cx.fail(pos, "", Message.of("yaml.anchor"));
        }
        if (depth > Limits.MAX_DEPTH) {
            cx.fail(pos, "", Message.of("limit.depth", Limits.MAX_DEPTH));
        }
        switch (t) {
            case START_OBJECT:
                return readMap(p, pos, cx, depth);
            case START_ARRAY:
                return readSeq(p, pos, cx, depth);
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

    private YamlNode readMap(YAMLParser p, Pos pos, Context cx, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            Pos keyPos = cx.pos(p.currentTokenLocation());
            YamlNode value = readValue(p, p.nextToken(), cx, depth + 1);
            cx.count(keyPos);
            if (seen.add(key)) {
                entries.add(new YamlNode.Entry(key, keyPos, value));
            } else {
                Pos first = entries.stream().filter(e -> e.key().equals(key)).findFirst().get().keyPos();
                cx.problems.add(
                        Problem.error(
                                "duplicate-key",
                                cx.file,
                                keyPos,
                                key,
                                Message.of("yaml.duplicate", key, first.line())));
                cx.failed = true;
            }
        }
        return new YamlNode.Map(entries, pos);
    }

    private YamlNode readSeq(YAMLParser p, Pos pos, Context cx, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            YamlNode item = readValue(p, t, cx, depth + 1);
            cx.count(item.pos());
            items.add(item);
        }
        return new YamlNode.Seq(items, pos);
    }

    private static void syntaxError(IOException e, Context cx) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            Pos pos = Pos.of(mark.getLine() + 1 + cx.lineOffset, mark.getColumn() + 1);
            cx.problems.add(
                    YamlSyntax.explain(m, pos, cx.file));
        } else if (e instanceof JsonParseException j) {
            Pos pos = cx.pos(j.getLocation());
            String what = j.getOriginalMessage();
            cx.problems.add(
                    Problem.error("yaml-syntax", cx.file, pos, "", Message.of("yaml.syntax", what)));
        }
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
            return Pos.of(loc.getLineNr() + lineOffset, loc.getColumnNr());
        }

        void count(Pos pos) {
            if (++nodes > Limits.MAX_VALUES) {
                fail(pos, "", Message.of("limit.values", Limits.MAX_VALUES));
            }
        }

        void fail(Pos pos, String path, Message message) {
            String kind = message.key().startsWith("limit") ? "limit" : "yaml-anchor";
            problems.add(Problem.error(kind, file, pos, path, message));
            throw new StopReading();
        }
    }
}
