package org.gongkai.content;

import java.util.Optional;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.yaml.Reporter;

/**
 * A content file split into its YAML front matter and its Markdown body, each with the line of the
 * file it starts on. A byte-order mark and CRLF line endings are accepted.
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Splits {@code text}; a file with no usable front matter is reported and gives empty. */
    static Optional<FrontMatter> split(String text, Reporter r) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.isBlank()) {
            r.error("front-matter", Pos.of(1, 1), "", Message.of("file.empty"));
            return Optional.empty();
        }
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!first.stripTrailing().equals("---")) {
            r.error("front-matter", Pos.of(1, 1), "", Message.of("front.missing"));
            return Optional.empty();
        }
        int start = firstEnd + 1;
        int line = 2;
        for (int at = start; at <= text.length() && firstEnd >= 0; ) {
            int end = text.indexOf('\n', at);
            String l = end < 0 ? text.substring(at) : text.substring(at, end);
            String s = l.stripTrailing();
            if (s.equals("---") || s.equals("...")) {
                String yaml = text.substring(start, at);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
            line++;
        }
        r.error("front-matter", Pos.of(1, 1), "", Message.of("front.unclosed"));
        return Optional.empty();
    }
}
