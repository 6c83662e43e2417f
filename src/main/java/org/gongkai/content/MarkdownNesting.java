package org.gongkai.content;

import org.gongkai.yaml.Limits;

import java.util.Optional;

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
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int depth = depth(lines[i]);
            if (depth > Limits.MAX_MARKDOWN_NESTING) {
                return Optional.of(new int[] {i, depth});
            }
        }
        return Optional.empty();
    }

    private static int depth(String line) {
        int prefix = 0;
        int spaces = 0;
        int c = 0;
        while (c < line.length()) {
            char ch = line.charAt(c);
            if (ch == ' ') {
                spaces++;
            } else if (ch == '\t') {
                spaces += 4;
            } else if (ch == '>'
                    || (ch == '-' || ch == '*' || ch == '+')
                            && c + 1 < line.length()
                            && line.charAt(c + 1) == ' ') {
                prefix++;
                if (c + 1 < line.length() && line.charAt(c + 1) == ' ') {
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
        for (; c < line.length(); c++) {
            char ch = line.charAt(c);
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
