package org.gongkai.content;

import java.util.Optional;
import org.gongkai.yaml.Limits;

/**
 * Measures how deeply a Markdown text nests, line by line, before it is parsed: the parser recurses
 * once per level, so a file within the size limit could nest deep enough to exhaust the stack. The
 * measure is deliberately simple and generous (block-quote markers, list markers and indentation at
 * the start of a line, open square brackets, and runs of emphasis characters); real narratives stay
 * far below {@link Limits#MAX_MARKDOWN_NESTING}.
 */
final class MarkdownNesting {
    private MarkdownNesting() {}

    /** The first line (0-based) nesting deeper than the limit, with its depth. */
    static Optional<int[]> tooDeep(String markdown) {
        // Read over the characters once rather than line by line through split and charAt: this
        // runs over every narrative of a build.
        char[] text = markdown.toCharArray();
        int line = 0;
        for (int start = 0; start <= text.length; line++) {
            int end = start;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            int depth = depth(text, start, end);
            if (depth > Limits.MAX_MARKDOWN_NESTING) {
                return Optional.of(new int[] {line, depth});
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The depth of the line {@code text[from, to)}. */
    private static int depth(char[] text, int from, int to) {
        int prefix = 0;
        int spaces = 0;
        int c = from;
        while (c < to) {
            char ch = text[c];
            if (ch == ' ') {
                spaces++;
            } else if (ch == '\t') {
                spaces += 4;
            } else if (ch == '>'
                    || (ch == '-' || ch == '*' || ch == '+') && c + 1 < to && text[c + 1] == ' ') {
                prefix++;
                if (c + 1 < to && text[c + 1] == ' ') {
                    c++; // the space that belongs to the marker is no indentation
                }
            } else {
                break;
            }
            c++;
        }
        int brackets = 0;
        int maxBrackets = 0;
        int run = 0;
        int maxRun = 0;
        for (; c < to; c++) {
            char ch = text[c];
            if (ch == '[') {
                maxBrackets = Math.max(maxBrackets, ++brackets);
            } else if (ch == ']' && brackets > 0) {
                brackets--;
            }
            run = ch == '*' || ch == '_' ? run + 1 : 0;
            maxRun = Math.max(maxRun, run);
        }
        return Math.max(prefix + spaces / 2, Math.max(maxBrackets, maxRun));
    }
}
