package org.gongkai.linkcheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file's bytes as UTF-8, which the scanners read. Our own pages are UTF-8 already and are used as
 * they are; a web team's folder may hold pages in GBK or UTF-16, which are converted first, so that
 * their Chinese paths, fragments and columns come out right.
 *
 * @param bytes UTF-8 text in {@code [start, end)}; may be a reused buffer, so nothing may keep it
 * @param start where the text starts, after a byte order mark
 * @param end where it ends
 */
record PageBytes(byte[] bytes, int start, int end) {
    /** How far the HTML standard's prescan looks for a {@code charset} declaration. */
    private static final int PRESCAN = 1024;

    /** Files up to this size are read into a buffer kept by the thread. */
    private static final int REUSED = 1 << 22;

    // Reading 10,000 pages into fresh arrays makes 250 MB of garbage for the collector to chase;
    // each thread of the parallel scan reads into its own buffer instead, since the scanners copy
    // out every string they keep.
    private static final ThreadLocal<byte[]> BUFFER =
            ThreadLocal.withInitial(() -> new byte[1 << 16]);

    static PageBytes read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("larger than 2 GB");
            }
            byte[] b = BUFFER.get();
            if (b.length < size + 1) {
                b = new byte[(int) Math.max(size + 1, b.length * 2L)];
                if (b.length <= REUSED) {
                    BUFFER.set(b);
                }
            }
            ByteBuffer buf = ByteBuffer.wrap(b);
            // read to the end, not to the size: a file may grow while it is read
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                if (!buf.hasRemaining()) {
                    b = java.util.Arrays.copyOf(b, b.length * 2);
                    buf = ByteBuffer.wrap(b).position(buf.position());
                }
            }
            return of(b, buf.position());
        }
    }

    static PageBytes of(byte[] b, int length) {
        if (length >= 3
                && (b[0] & 0xFF) == 0xEF
                && (b[1] & 0xFF) == 0xBB
                && (b[2] & 0xFF) == 0xBF) {
            return new PageBytes(b, 3, length);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return transcode(b, 2, length, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return transcode(b, 2, length, StandardCharsets.UTF_16LE);
        }
        Charset declared = declared(b, length);
        if (declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            return new PageBytes(b, 0, length);
        }
        return transcode(b, 0, length, declared);
    }

    private static PageBytes transcode(byte[] b, int from, int to, Charset charset) {
        byte[] utf8 = new String(b, from, to - from, charset).getBytes(StandardCharsets.UTF_8);
        return new PageBytes(utf8, 0, utf8.length);
    }

    /** The charset a {@code <meta>} near the top declares; UTF-8 when none or an unknown one. */
    private static Charset declared(byte[] b, int length) {
        int to = Math.min(length, PRESCAN);
        ByteChars s = new ByteChars(b, length);
        for (int i = 0; i + 7 <= to; i++) {
            if ((b[i] == 'c' || b[i] == 'C') && Chars.startsWithIgnoreCase(s, i, to, "charset")) {
                int j = i + 7;
                while (j < to && Chars.isWhitespace(b[j])) {
                    j++;
                }
                if (j >= to || b[j] != '=') {
                    continue;
                }
                j++;
                while (j < to && (Chars.isWhitespace(b[j]) || b[j] == '"' || b[j] == '\'')) {
                    j++;
                }
                int end = j;
                while (end < to
                        && (Chars.isAsciiLetter(b[end])
                                || Chars.isDigit(b[end])
                                || b[end] == '-'
                                || b[end] == '_')) {
                    end++;
                }
                return charset(new String(b, j, end - j, StandardCharsets.US_ASCII));
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // As browsers do: GB2312 and GBK pages are read as GB18030, their superset.
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk")) {
            n = "gb18030";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
