package org.gongkai.linkcheck;

/**
 * Finds the URL in the {@code content} of {@code <meta http-equiv="refresh">}, quoted or not, as
 * the HTML standard's "shared declarative refresh steps" read it: {@code 5; url=next/}, {@code
 * 0;URL='next/'}, {@code 0, next/}. A content with a delay only reloads the page: no URL.
 */
final class MetaRefresh {
    private MetaRefresh() {}

    static void url(CharSequence s, int from, int to, UrlRanges out) {
        int i = skipWhitespace(s, from, to);
        int digits = i;
        while (i < to && (Chars.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i == digits) {
            return;
        }
        i = skipWhitespace(s, i, to);
        if (i < to && (s.charAt(i) == ';' || s.charAt(i) == ',')) {
            i = skipWhitespace(s, i + 1, to);
        }
        if (i >= to) {
            return;
        }
        if (Chars.startsWithIgnoreCase(s, i, to, "url")) {
            int k = skipWhitespace(s, i + 3, to);
            if (k < to && s.charAt(k) == '=') {
                i = skipWhitespace(s, k + 1, to);
            }
        }
        int end = to;
        if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            char quote = s.charAt(i);
            i++;
            int close = Chars.indexOf(s, String.valueOf(quote), i, to);
            end = close < 0 ? to : close;
        }
        while (end > i && Chars.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > i) {
            out.url(i, end);
        }
    }

    private static int skipWhitespace(CharSequence s, int i, int to) {
        while (i < to && Chars.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
