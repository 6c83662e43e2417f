package org.gongkai.linkcheck;

import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/** Character classes of the HTML and URL standards, which are ASCII-only. */
final class Chars {
    private Chars() {}

    /** ASCII whitespace as HTML defines it: tab, line feed, form feed, carriage return, space. */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * The URL without leading and trailing spaces and control characters, and without the tabs and
     * newlines inside it, as the URL standard cleans a URL before parsing it.
     */
    static String urlTrim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        String t = s.substring(from, to);
        if (t.indexOf('\n') < 0 && t.indexOf('\t') < 0 && t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\n", "").replace("\t", "").replace("\r", "");
    }

    /**
     * Whether {@code s[i, to)} starts with {@code prefix}, a lower-case ASCII word, in any case.
     */
    static boolean startsWithIgnoreCase(CharSequence s, int i, int to, String prefix) {
        if (i + prefix.length() > to) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code needle} in {@code s[from, to)}, or -1. */
    static int indexOf(CharSequence s, String needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length() <= to; i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (s.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The UTF-8 text of {@code page[from, to)}; with {@code attribute}, character references such
     * as {@code &amp;amp;} are decoded as in an attribute value (jsoup's table of named
     * references).
     */
    static String urlText(byte[] page, int from, int to, boolean attribute) {
        String s = new String(page, from, to - from, StandardCharsets.UTF_8);
        return attribute && s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, true) : s;
    }
}
