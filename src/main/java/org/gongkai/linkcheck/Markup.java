package org.gongkai.linkcheck;

/**
 * The parts of a page the scanner skips, and where each ends, as the HTML tokenizer's states find
 * that end: comments, CDATA sections, doctypes and processing instructions (bogus comments), and
 * the raw text of {@code script}, {@code style}, {@code textarea} and their kind. Every method
 * takes a page's bytes {@code b} up to {@code n}, and returns an index at most {@code n}.
 */
final class Markup {
    private Markup() {}

    /** The index after the declaration ({@code <!...}) that starts at {@code i}. */
    static int declarationEnd(byte[] b, int n, int i) {
        if (startsWith(b, n, i, "<!--")) {
            int j = i + 4;
            // <!--> and <!---> are whole (empty) comments
            if (startsWith(b, n, j, ">")) {
                return j + 1;
            }
            if (startsWith(b, n, j, "->")) {
                return j + 2;
            }
            for (; j < n; j++) {
                if (b[j] == '-' && startsWith(b, n, j, "-->")) {
                    return j + 3;
                }
                if (b[j] == '-' && startsWith(b, n, j, "--!>")) {
                    return j + 4;
                }
            }
            return n;
        }
        if (startsWith(b, n, i, "<![CDATA[")) {
            for (int j = i + 9; j < n; j++) {
                if (b[j] == ']' && startsWith(b, n, j, "]]>")) {
                    return j + 3;
                }
            }
            return n;
        }
        return after(b, n, '>', i + 2);
    }

    /**
     * The index of the end tag that closes raw text opened before {@code i} ({@code </script}
     * followed by a space, a slash or {@code >}, in any case), or {@code n}.
     */
    static int rawTextEnd(byte[] b, int n, String name, int i) {
        for (int j = i; j < n; j++) {
            if (b[j] == '<'
                    && j + 2 + name.length() <= n
                    && b[j + 1] == '/'
                    && Chars.startsWithIgnoreCase(new ByteChars(b, n), j + 2, n, name)) {
                int k = j + 2 + name.length();
                if (k == n || Chars.isWhitespace(b[k]) || b[k] == '/' || b[k] == '>') {
                    return j;
                }
            }
        }
        return n;
    }

    /** The index after the next {@code c} from {@code i}, or {@code n}. */
    static int after(byte[] b, int n, char c, int i) {
        while (i < n && b[i] != c) {
            i++;
        }
        return Math.min(i + 1, n);
    }

    private static boolean startsWith(byte[] b, int n, int i, String s) {
        if (i + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
