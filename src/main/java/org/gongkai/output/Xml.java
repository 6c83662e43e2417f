package org.gongkai.output;

/** Escaping for XML text and attribute values, for the sitemap and the feed. */
final class Xml {
    private Xml() {}

    static String escape(String s) {
        return append(new StringBuilder(s.length() + 16), s).toString();
    }

    /**
     * Appends {@code s} escaped to {@code out}: a feed of 10,000 entries escapes 40,000 texts, and
     * most need no change, so those are appended as they are.
     */
    static StringBuilder append(StringBuilder out, String s) {
        if (plain(s)) {
            return out.append(s);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0; they have no place in a title.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }
}
