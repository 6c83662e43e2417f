package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTML built in Java as UTF-8 bytes: markup as it is, texts escaped ({@link Html}) and encoded in
 * the same pass. Tables and charts are most of a page; built as strings, they were copied and
 * encoded again on their way into the page, and the encoder ran over all their ASCII markup. Every
 * text written here is followed or preceded by markup, so encoding texts one by one gives the bytes
 * of encoding the whole at once. Not thread-safe; one per table or chart.
 */
final class Utf8Markup {
    private byte[] buf;
    private int size;
    private char[] chars = new char[64];

    Utf8Markup(int capacity) {
        buf = new byte[capacity];
    }

    /** Appends markup that is all ASCII, such as {@code <td class="num">}. */
    Utf8Markup ascii(String markup) {
        int n = markup.length();
        ensure(n);
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            b[at++] = (byte) markup.charAt(i);
        }
        size = at;
        return this;
    }

    /** Appends markup that is already UTF-8 and safe, such as a chart's SVG. */
    Utf8Markup raw(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, size, utf8.length);
        size += utf8.length;
        return this;
    }

    /** Appends {@code text} escaped as the templates escape it, and encoded as UTF-8. */
    Utf8Markup text(String text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        text.getChars(0, n, chars, 0);
        ensure(6 * n); // &quot; is the longest any one char becomes
        char[] c = chars;
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                switch (ch) {
                    case '&' -> at = put(b, at, "&amp;");
                    case '<' -> at = put(b, at, "&lt;");
                    case '>' -> at = put(b, at, "&gt;");
                    case '"' -> at = put(b, at, "&quot;");
                    case '\'' -> at = put(b, at, "&#39;");
                    default -> b[at++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xc0 | (ch >> 6));
                b[at++] = (byte) (0x80 | (ch & 0x3f));
            } else if (!Character.isSurrogate(ch)) {
                b[at++] = (byte) (0xe0 | (ch >> 12));
                b[at++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (ch & 0x3f));
            } else if (Character.isHighSurrogate(ch)
                    && i + 1 < n
                    && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[at++] = (byte) (0xf0 | (cp >> 18));
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                b[at++] = '?'; // an unpaired surrogate, as String.getBytes writes it
            }
        }
        size = at;
        return this;
    }

    private static int put(byte[] b, int at, String entity) {
        for (int i = 0; i < entity.length(); i++) {
            b[at++] = (byte) entity.charAt(i);
        }
        return at;
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + n, 2 * buf.length));
        }
    }

    /** What was appended, as a value templates print as it is. */
    SafeUtf8 toSafe() {
        return new SafeUtf8(Arrays.copyOf(buf, size));
    }

    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.UTF_8);
    }
}
