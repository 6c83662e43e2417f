package org.gongkai.linkcheck;

/**
 * Splits a {@code srcset} into its image URLs, as the HTML standard's "parse a srcset attribute"
 * does: a URL runs to the next whitespace, trailing commas end a candidate without descriptors, and
 * descriptors (which may hold parentheses) run to the next comma. Works on any {@link CharSequence}
 * so that it can read the raw bytes of a page as well as a decoded string.
 */
final class Srcset {
    private Srcset() {}

    static void urls(CharSequence s, int from, int to, UrlRanges out) {
        int i = from;
        while (i < to) {
            while (i < to && (Chars.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
                i++;
            }
            if (i >= to) {
                return;
            }
            int start = i;
            while (i < to && !Chars.isWhitespace(s.charAt(i))) {
                i++;
            }
            int end = i;
            if (s.charAt(end - 1) == ',') {
                while (end > start && s.charAt(end - 1) == ',') {
                    end--;
                }
                out.url(start, end);
                continue;
            }
            out.url(start, end);
            int depth = 0;
            while (i < to && (depth > 0 || s.charAt(i) != ',')) {
                char c = s.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
    }
}
