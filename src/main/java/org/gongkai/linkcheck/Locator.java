package org.gongkai.linkcheck;

import java.util.Arrays;

/**
 * Turns byte offsets of a UTF-8 page into 1-based line and column numbers, counted as jsoup counts
 * them (columns in UTF-16 units, so a supplementary character takes two). Lines are indexed lazily
 * up to the furthest offset asked for, and the last answer is remembered: offsets come mostly in
 * increasing order, and generated pages can have very long lines (a chart, a whole table), which
 * would make counting each column from the start of its line quadratic. Not thread-safe: one per
 * page scan.
 */
final class Locator {
    private final byte[] bytes;
    private int[] lineStarts = new int[64];
    private int lines;
    private int indexed;
    private int lastOffset;
    private int lastLine;
    private int lastUnits;

    /** {@code start} is the offset of line 1, column 1 (after a byte order mark). */
    Locator(byte[] bytes, int start) {
        this.bytes = bytes;
        lineStarts[0] = start;
        lines = 1;
        indexed = start;
        lastOffset = start;
    }

    /** The line of {@code offset}. */
    int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The column of {@code offset}. */
    int column(int offset) {
        int line = lineIndex(offset);
        int from = lineStarts[line];
        int units = 0;
        if (line == lastLine && offset >= lastOffset) {
            from = lastOffset;
            units = lastUnits;
        }
        for (int i = from; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        lastLine = line;
        lastOffset = offset;
        lastUnits = units;
        return units + 1;
    }

    private int lineIndex(int offset) {
        for (; indexed < offset; indexed++) {
            if (bytes[indexed] == '\n') {
                if (lines == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lines * 2);
                }
                lineStarts[lines++] = indexed + 1;
            }
        }
        // Mostly the same line as last time or one soon after it: look there before searching.
        int line = lastLine;
        if (offset >= lineStarts[line]) {
            for (int k = 0; k < 8; k++, line++) {
                if (line + 1 == lines || offset < lineStarts[line + 1]) {
                    return line;
                }
            }
        }
        int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
        return i >= 0 ? i : -i - 2;
    }
}
