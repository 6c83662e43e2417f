package org.gongkai.render;

/**
 * HTML escaping for markup written in Java and for the templates' auto-escaping: the five
 * characters that are significant in markup become entities and every other character is left as it
 * is, exactly as Pebble's own {@code html} strategy (unbescape's {@code escapeHtml4Xml}) does. The
 * engine uses this one instead ({@link Templates}): unbescape builds its tables of every HTML
 * entity when first called, and takes a detour per text, where a page needs only these five.
 */
final class Html {
    private Html() {}

    /**
     * {@code s} escaped for text and for quoted attribute values; {@code s} itself when it is
     * clean.
     */
    static String escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                StringBuilder out = new StringBuilder(s.length() + 16);
                escape(out, s);
                return out.toString();
            }
        }
        return s;
    }

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
