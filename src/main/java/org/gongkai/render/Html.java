package org.gongkai.render;

/**
 * HTML escaping for markup written in Java, the same as the templates' auto-escaping (Pebble's
 * {@code html} strategy, unbescape's {@code escapeHtml4Xml}): the five characters that are
 * significant in markup become entities and every other character is left as it is. Pages built
 * partly by templates and partly in Java then stay byte-identical to pages built by templates
 * alone.
 */
final class Html {
    private Html() {}

    /** Appends {@code s} to {@code out}, escaped for text and for quoted attribute values. */
    static void escape(StringBuilder out, String s) {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            String entity =
                    switch (s.charAt(i)) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (entity != null) {
                out.append(s, start, i).append(entity);
                start = i + 1;
            }
        }
        out.append(s, start, n);
    }

    /**
     * Whether a template's {@code is empty} test holds for {@code s}: Pebble trims the string
     * first, so a text of spaces counts as empty.
     */
    static boolean isEmpty(String s) {
        return s.trim().isEmpty();
    }
}
