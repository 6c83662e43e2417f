package org.gongkai.linkcheck;

/**
 * Finds the URLs in CSS: every {@code url(...)} (quoted or not) and the string of an {@code
 * @import}. Comments are skipped, and strings are skipped unless an {@code @import} names them, so
 * {@code content: "url(x)"} is not taken for a URL. Works on any {@link CharSequence} (see {@link
 * ByteChars}).
 */
final class CssUrls {
    private CssUrls() {}

    static void urls(CharSequence s, int from, int to, UrlRanges out) {
        boolean afterImport = false;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < to && s.charAt(i + 1) == '*') {
                i = Chars.indexOf(s, "*/", i + 2, to);
                i = i < 0 ? to : i + 2;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(s, i + 1, to, c);
                if (afterImport) {
                    out.url(i + 1, end);
                    afterImport = false;
                }
                i = Math.min(end + 1, to);
            } else if ((c == 'u' || c == 'U')
                    && Chars.startsWithIgnoreCase(s, i, to, "url(")
                    && !isNameChar(s, i - 1, from, to)) {
                i = url(s, i + 4, to, out);
                afterImport = false;
            } else if (c == '@'
                    && Chars.startsWithIgnoreCase(s, i, to, "@import")
                    && !isNameChar(s, i + 7, from, to)) {
                afterImport = true;
                i += 7;
            } else {
                if (c == ';' || c == '{') {
                    afterImport = false;
                }
                i++;
            }
        }
    }

    /**
     * Reads the inside of {@code url(} from {@code i}; returns the index after the closing
     * parenthesis.
     */
    private static int url(CharSequence s, int i, int to, UrlRanges out) {
        while (i < to && Chars.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            int end = stringEnd(s, i + 1, to, s.charAt(i));
            out.url(i + 1, end);
            int close = Chars.indexOf(s, ")", end, to);
            return close < 0 ? to : close + 1;
        }
        int start = i;
        while (i < to && s.charAt(i) != ')') {
            i++;
        }
        int end = i;
        while (end > start && Chars.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.url(start, end);
        }
        return Math.min(i + 1, to);
    }

    /** The index of the quote that closes a string opened before {@code i}, or {@code to}. */
    private static int stringEnd(CharSequence s, int i, int to, char quote) {
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return to;
    }

    /** Whether {@code s[i]} is inside {@code [from, to)} and a character of a CSS name. */
    private static boolean isNameChar(CharSequence s, int i, int from, int to) {
        if (i < from || i >= to) {
            return false;
        }
        char c = s.charAt(i);
        return Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '-' || c == '_' || c >= 0x80;
    }
}
