package org.gongkai.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 straight into a byte array, for pages
 * rendered by templates. It replaces a {@code StringWriter} followed by {@code getBytes}: that way
 * every page was copied three times (into a synchronized buffer, into a {@code String}, into
 * bytes), and the encoder ran over the whole page although most of it is ASCII markup. The bytes
 * are those {@code String.getBytes(UTF_8)} gives for the same text, unpaired surrogates included
 * (each becomes {@code ?}), also when a pair is split between two writes. Not thread-safe; one per
 * page.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {
    private byte[] buf;
    private int size;
    private char[] chars = new char[256];

    /** A high surrogate that ended the previous write, waiting for its low half; 0 when none. */
    private char high;

    Utf8Writer(int capacity) {
        buf = new byte[capacity];
    }

    @Override
    public void write(int c) {
        encode((char) c);
    }

    /**
     * What a template prints: markup already in UTF-8 ({@link SafeUtf8}) is copied as it is, and
     * everything else is written as text, as Pebble writes it to any other writer.
     */
    @Override
    public void write(Object value) {
        if (value instanceof SafeUtf8 markup && high == 0) {
            byte[] utf8 = markup.utf8();
            ensureBytes(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        } else {
            write(StringUtils.toString(value));
        }
    }

    @Override
    public void writeSpecialized(int i) {
        write(String.valueOf(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(String.valueOf(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(String.valueOf(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(String.valueOf(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(String.valueOf(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(String.valueOf(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        ensure(len);
        // Locals rather than fields in the loop: code compiled by C1 alone, as builds run, would
        // load and store the fields for every character.
        byte[] b = buf;
        int n = size;
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80 && high == 0) {
                b[n++] = (byte) c;
            } else {
                size = n;
                encode(c);
                b = buf;
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public void write(String str, int off, int len) {
        if (len == 0) {
            return;
        }
        if (off == 0
                && len == str.length()
                && high == 0
                && !Character.isLowSurrogate(str.charAt(0))
                && !Character.isHighSurrogate(str.charAt(len - 1))) {
            // No surrogate pair can span this write and its neighbours, so the string encodes on
            // its own; the JDK's encoder copies text that is all ASCII in one go.
            byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
            ensureBytes(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
            return;
        }
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        str.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    private void encode(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                ensure(4);
                buf[size++] = (byte) (0xf0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buf[size++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            ensure(1);
            buf[size++] = '?';
        }
        ensure(3);
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xc0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xe0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    /**
     * Room for {@code n} more chars of any kind: an ASCII char takes a byte, others up to three.
     */
    private void ensure(int n) {
        ensureBytes(3L * n);
    }

    private void ensureBytes(long n) {
        long need = size + n;
        if (need > buf.length) {
            buf =
                    Arrays.copyOf(
                            buf,
                            (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * buf.length)));
        }
    }

    /** The bytes written so far, a lone high surrogate at the end included as {@code ?}. */
    byte[] toByteArray() {
        byte[] out = Arrays.copyOf(buf, size + (high != 0 ? 1 : 0));
        if (high != 0) {
            out[size] = '?';
        }
        return out;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
