package org.gongkai.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Optional;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML parser's complaint into a message an editor can act on. The parser reports where it
 * gave up; for the common mistakes the place to fix is elsewhere (an unclosed quote is fixed where
 * it opens, a missing space after a colon on the line the parser read as text), so the lines up to
 * the parser's place are checked first by {@link YamlLines}, then the parser's own words are mapped
 * to a message.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    /** The problem for whatever the parser threw while reading {@code yaml}. */
    static Problem explain(Exception e, String yaml, int lineOffset, String file) {
        MarkedYAMLException marked = marked(e);
        if (marked != null) {
            return explain(marked, yaml, lineOffset, file);
        }
        if (e instanceof StreamConstraintsException c) {
            return Problem.error(
                    "limit",
                    file,
                    Pos.of(lineOffset + 1, 1),
                    "",
                    Message.of("limit.parser", c.getOriginalMessage()));
        }
        if (e instanceof JsonParseException j) {
            Pos pos =
                    Pos.of(
                            Math.max(1, j.getLocation().getLineNr()) + lineOffset,
                            Math.max(1, j.getLocation().getColumnNr()));
            String what = j.getOriginalMessage();
            // Jackson's words for "? [a, b] : c", a list or mapping used as a key.
            if (what.startsWith("Expected a field name")) {
                return error(file, pos, Message.of("yaml.complex-key"));
            }
            return error(file, pos, Message.of("yaml.syntax", oneLine(what)));
        }
        return error(
                file,
                Pos.of(lineOffset + 1, 1),
                Message.of("yaml.syntax", oneLine(String.valueOf(e.getMessage()))));
    }

    /** The line check alone, for text that parsed but cannot be front matter. */
    static Optional<Problem> lint(String yaml, int upToLine, int lineOffset, String file) {
        return new YamlLines(yaml)
                .firstMistake(upToLine)
                .map(
                        m ->
                                error(
                                        file,
                                        Pos.of(m.line() + 1 + lineOffset, m.column() + 1),
                                        m.message()));
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static Problem explain(
            MarkedYAMLException e, String yaml, int lineOffset, String file) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark from = e.getContextMark() != null ? e.getContextMark() : at;
        YamlLines lines = new YamlLines(yaml);
        int atLine = at == null ? lines.count() - 1 : at.getLine();
        Optional<Problem> lint = lint(yaml, atLine, lineOffset, file);
        if (lint.isPresent()) {
            return lint.get();
        }
        if (at == null) {
            return error(
                    file, Pos.of(lineOffset + 1, 1), Message.of("yaml.syntax", oneLine(problem)));
        }
        Pos here = pos(at, lineOffset);
        if (context.contains("quoted scalar")) {
            return error(file, pos(from, lineOffset), Message.of("yaml.unclosed-quote"));
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            char close = context.contains("flow sequence") ? ']' : '}';
            if (lines.closesOnLine(at.getLine(), at.getColumn(), close)) {
                String text = lines.text(at.getLine());
                if (at.getColumn() < text.length() && text.charAt(at.getColumn()) == ':') {
                    // "{name: a actual: 1}": the parser read "a actual" as one value and stops at
                    // the second colon; the comma is missing before the last word.
                    int word = lines.wordBefore(at.getLine(), at.getColumn());
                    return error(
                            file,
                            Pos.of(at.getLine() + 1 + lineOffset, word + 1),
                            Message.of("yaml.comma.before", text.substring(word, at.getColumn())));
                }
                return error(file, here, Message.of("yaml.comma", close, found(lines, at)));
            }
            return error(file, pos(from, lineOffset), Message.of("yaml.unclosed-bracket", close));
        }
        if (context.contains("simple key")) {
            int line = from.getLine();
            return error(
                    file,
                    Pos.of(line + 1 + lineOffset, lines.indent(line) + 1),
                    Message.of("yaml.no-colon", lines.text(line).strip()));
        }
        if (context.contains("alias") || context.contains("anchor")) {
            return error(file, pos(from, lineOffset), Message.of("yaml.anchor-text"));
        }
        if (problem.contains("cannot start any token")) {
            return error(file, here, Message.of("yaml.reserved", found(lines, at)));
        }
        if (problem.contains("mapping values are not allowed")
                && lines.separatorBefore(at.getLine(), at.getColumn())) {
            return error(file, here, Message.of("yaml.colon-in-value"));
        }
        if (problem.contains("mapping values are not allowed")
                || problem.contains("expected <block end>")
                || problem.contains("did not find expected")
                || problem.contains("could not find expected")) {
            return indentation(lines, at.getLine(), lineOffset, file);
        }
        return error(file, here, Message.of("yaml.syntax", oneLine(problem)));
    }

    /** A line that does not line up: compared with the nearest line above that starts alike. */
    private static Problem indentation(YamlLines lines, int line, int lineOffset, String file) {
        int column = lines.indent(line);
        Pos pos = Pos.of(line + 1 + lineOffset, column + 1);
        Optional<YamlLines.Sibling> sibling = lines.sibling(line);
        if (sibling.isEmpty()) {
            return error(file, pos, Message.of("yaml.indentation.first", column + 1));
        }
        YamlLines.Sibling s = sibling.get();
        return error(
                file,
                pos,
                Message.of(
                        "yaml.indentation", s.column() + 1, column + 1, s.line() + 1 + lineOffset));
    }

    private static String found(YamlLines lines, Mark at) {
        String text = lines.text(at.getLine());
        return at.getColumn() < text.length()
                ? String.valueOf(text.charAt(at.getColumn()))
                : "the end of the line";
    }

    private static Pos pos(Mark mark, int lineOffset) {
        return Pos.of(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return String.join(" ", List.of(s.split("\\s+"))).trim();
    }

    private static Problem error(String file, Pos pos, Message message) {
        return Problem.error("yaml-syntax", file, pos, "", message);
    }
}
