package org.gongkai.yaml;

import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML parser's complaint into a message an editor can act on. The parser reports where it
 * gave up; for the common mistakes the place to fix is elsewhere (an unclosed quote is fixed where
 * it opens), so those are pointed at the right line.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    static Problem explain(MarkedYAMLException e, Pos problemPos, String file) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int lineOffset = problemPos.line() - 1 - lineOf(e.getProblemMark(), e.getContextMark());
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return error(file, problemPos, Message.of("yaml.tab"));
        }
        if (context.contains("quoted scalar") && e.getContextMark() != null) {
            return error(file, at(e.getContextMark(), lineOffset), Message.of("yaml.unclosed-quote"));
        }
        if (context.contains("flow sequence") && e.getContextMark() != null) {
            return error(file, at(e.getContextMark(), lineOffset), Message.of("yaml.unclosed-bracket", "]"));
        }
        if (context.contains("flow mapping") && e.getContextMark() != null) {
            return error(file, at(e.getContextMark(), lineOffset), Message.of("yaml.unclosed-bracket", "}"));
        }
        if (problem.contains("expected <block end>") || problem.contains("mapping values are not allowed")
                || problem.contains("could not find expected ':'")) {
            return error(file, problemPos, Message.of("yaml.indentation", oneLine(problem)));
        }
        return error(file, problemPos, Message.of("yaml.syntax", oneLine(problem)));
    }

    private static int lineOf(Mark problem, Mark context) {
        Mark m = problem != null ? problem : context;
        return m == null ? 0 : m.getLine();
    }

    private static Pos at(Mark mark, int lineOffset) {
        return Pos.of(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').trim();
    }

    private static Problem error(String file, Pos pos, Message message) {
        return Problem.error("yaml-syntax", file, pos, "", message);
    }
}
