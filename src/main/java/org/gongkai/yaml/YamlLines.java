package org.gongkai.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;

/**
 * The lines of a YAML text, looked at one by one for the mistakes editors make most, so that a
 * parse error can be blamed on the line where the mistake is rather than where the parser gave up.
 * All lines and columns here are 0-based. Only used once parsing has failed, so a line that merely
 * looks odd in valid YAML is never reported.
 */
final class YamlLines {
    private static final Pattern KEY_WITHOUT_SPACE =
            Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z_][A-Za-z0-9_]*):(?!//)(\\S.*)$");
    private static final Pattern DASH_WITHOUT_SPACE = Pattern.compile("^(\\s*)-([^\\s\\-\\d.].*)$");
    private static final Pattern COLON_WITHOUT_KEY = Pattern.compile("^(\\s*(?:-\\s+)*):(\\s.*)?$");
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*:\\s+[|>][+-]?\\d?\\s*(#.*)?$");

    private final List<String> lines;

    YamlLines(String yaml) {
        this.lines = List.of(yaml.split("\n", -1));
    }

    /** A mistake found on a line, with the message that explains it. */
    record Mistake(int line, int column, Message message) {}

    /** A line above that the given one should line up with, and the column it starts in. */
    record Sibling(int line, int column) {}

    int count() {
        return lines.size();
    }

    String text(int line) {
        return line >= 0 && line < lines.size() ? lines.get(line) : "";
    }

    /** Spaces before the first character of the line. */
    int indent(int line) {
        String s = text(line);
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The first line, up to {@code upToLine}, with a mistake that breaks the YAML after it. */
    Optional<Mistake> firstMistake(int upToLine) {
        int blockIndent = -1;
        for (int i = 0; i <= Math.min(upToLine, lines.size() - 1); i++) {
            String s = text(i);
            if (blockIndent >= 0 && (s.isBlank() || indent(i) > blockIndent)) {
                continue; // text of a | or > block is free text
            }
            blockIndent = BLOCK_SCALAR.matcher(s).matches() ? indent(i) : -1;
            if (s.isBlank() || s.stripLeading().startsWith("#")) {
                continue;
            }
            Optional<Mistake> m = mistake(i, s, upToLine);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Mistake> mistake(int i, String s, int upToLine) {
        for (int c = 0; c < s.length() && isBlank(s.charAt(c)); c++) {
            if (s.charAt(c) == '\t') {
                return Optional.of(new Mistake(i, c, Message.of("yaml.tab")));
            }
            if (s.charAt(c) != ' ') {
                return Optional.of(new Mistake(i, c, Message.of("yaml.odd-indent")));
            }
        }
        Matcher key = KEY_WITHOUT_SPACE.matcher(s);
        if (key.matches()) {
            int colon = key.end(2);
            return Optional.of(
                    new Mistake(
                            i, colon, Message.of("yaml.colon-space", key.group(2), key.group(3))));
        }
        Matcher dash = DASH_WITHOUT_SPACE.matcher(s);
        if (dash.matches()) {
            return Optional.of(
                    new Mistake(i, dash.end(1), Message.of("yaml.dash-space", dash.group(2))));
        }
        Matcher noKey = COLON_WITHOUT_KEY.matcher(s);
        if (noKey.matches()) {
            return Optional.of(new Mistake(i, noKey.end(1), Message.of("yaml.no-key")));
        }
        return unclosedQuote(i, s, upToLine);
    }

    /**
     * A quote that opens a value on line {@code i} and is not closed before {@code upToLine}: the
     * parser then read the following lines as part of the text and failed there.
     */
    private Optional<Mistake> unclosedQuote(int i, String s, int upToLine) {
        int c = 0;
        while (c < s.length()) {
            char ch = s.charAt(c);
            if ((ch == '"' || ch == '\'') && startsValue(s, c)) {
                int[] close = closing(i, c + 1, ch);
                if (close == null || close[0] >= upToLine && close[0] > i) {
                    return Optional.of(new Mistake(i, c, Message.of("yaml.unclosed-quote")));
                }
                if (close[0] > i) {
                    return Optional.empty(); // a quoted text over several lines, closed in time
                }
                c = close[1] + 1;
            } else if (ch == '#' && c > 0 && s.charAt(c - 1) == ' ') {
                return Optional.empty();
            } else {
                c++;
            }
        }
        return Optional.empty();
    }

    /** A space, a tab, or a space YAML takes as text (full-width, non-breaking). */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || Scalars.ODD_SPACE.matcher(String.valueOf(c)).matches();
    }

    /** Whether a quote at {@code c} begins a value: after a key's colon, a dash, or a bracket. */
    private static boolean startsValue(String s, int c) {
        int b = c - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
            b--;
        }
        if (b < 0) {
            return true;
        }
        char before = s.charAt(b);
        return before == ':' || before == '-' || before == '[' || before == '{' || before == ',';
    }

    /** Line and column of the quote closing one opened before {@code (line, from)}, or null. */
    private int[] closing(int line, int from, char quote) {
        for (int l = line; l < lines.size(); l++) {
            String s = text(l);
            for (int c = l == line ? from : 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (quote == '"' && ch == '\\') {
                    c++;
                } else if (ch == quote) {
                    if (quote == '\'' && c + 1 < s.length() && s.charAt(c + 1) == '\'') {
                        c++;
                    } else {
                        return new int[] {l, c};
                    }
                }
            }
        }
        return null;
    }

    /** Whether the bracket open at {@code (line, column)} is closed further on the same line. */
    boolean closesOnLine(int line, int column, char close) {
        char open = close == ']' ? '[' : '{';
        String s = text(line);
        int depth = 1;
        char quote = 0;
        for (int c = column; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == open) {
                depth++;
            } else if (ch == close && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the word that ends just before {@code column} starts. */
    int wordBefore(int line, int column) {
        String s = text(line);
        int c = Math.min(column, s.length());
        while (c > 0
                && s.charAt(c - 1) != ' '
                && s.charAt(c - 1) != ','
                && s.charAt(c - 1) != '{'
                && s.charAt(c - 1) != '[') {
            c--;
        }
        return c;
    }

    /** Whether a key's {@code ": "} comes before {@code column} on the line. */
    boolean separatorBefore(int line, int column) {
        String s = text(line);
        for (int c = indent(line); c < Math.min(column, s.length() - 1); c++) {
            if (s.charAt(c) == ':' && s.charAt(c + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest line above that starts like this one (a list entry, or a key) in the column
     * closest to this line's: the line it was probably meant to line up with.
     */
    Optional<Sibling> sibling(int line) {
        boolean dash = text(line).stripLeading().startsWith("-");
        int column = indent(line);
        List<Sibling> candidates = new ArrayList<>();
        for (int l = line - 1; l >= 0; l--) {
            String s = text(l);
            if (s.isBlank() || s.stripLeading().startsWith("#")) {
                continue;
            }
            int c = indent(l);
            if (s.startsWith("- ", c) || s.strip().equals("-")) {
                if (dash) {
                    candidates.add(new Sibling(l, c));
                } else {
                    int key = c + 1;
                    while (key < s.length() && (s.charAt(key) == ' ' || s.charAt(key) == '-')) {
                        key++;
                    }
                    candidates.add(new Sibling(l, key));
                }
            } else if (!dash) {
                candidates.add(new Sibling(l, c));
            }
        }
        Sibling best = null;
        for (Sibling s : candidates) {
            if (s.column() == column) {
                continue;
            }
            if (best == null || Math.abs(s.column() - column) < Math.abs(best.column() - column)) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
