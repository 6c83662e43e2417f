package org.gongkai.linkcheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds which of a few known names (tags or attributes, lower-case ASCII) a byte range of a page
 * spells, ignoring ASCII case as HTML does, without making a string of every name on the page: a
 * page has thousands of tags and attributes, and the checker cares about few. Names are bucketed by
 * length and first letter, so most names of a page ({@code td}, {@code class}) are turned away by
 * one array read. Thread-safe.
 *
 * @param <E> the enum of the names
 */
final class NameTable<E extends Enum<E>> {
    private static final int MAX = 32;

    private final Object[][] values = new Object[MAX * 32][];
    private final byte[][][] names = new byte[MAX * 32][][];

    NameTable(Class<E> type, Function<E, String> name) {
        List<List<E>> buckets = new ArrayList<>();
        for (int i = 0; i < MAX * 32; i++) {
            buckets.add(new ArrayList<>());
        }
        for (E e : type.getEnumConstants()) {
            byte[] b = name.apply(e).getBytes(StandardCharsets.US_ASCII);
            if (b.length >= MAX) {
                throw new IllegalArgumentException("name too long: " + name.apply(e));
            }
            buckets.get(bucket(b.length, b[0])).add(e);
        }
        for (int i = 0; i < buckets.size(); i++) {
            values[i] = buckets.get(i).toArray();
            names[i] = new byte[values[i].length][];
            for (int c = 0; c < values[i].length; c++) {
                names[i][c] =
                        name.apply(type.cast(values[i][c])).getBytes(StandardCharsets.US_ASCII);
            }
        }
    }

    private static int bucket(int length, byte first) {
        return length * 32 + (first & 31);
    }

    /** The name spelt by {@code page[from, to)}, or null when it is none of them. */
    E find(byte[] page, int from, int to) {
        int len = to - from;
        if (len <= 0 || len >= MAX) {
            return null;
        }
        int bucket = bucket(len, page[from]);
        byte[][] candidates = names[bucket];
        for (int c = 0; c < candidates.length; c++) {
            byte[] name = candidates[c];
            int i = 0;
            while (i < len && lower(page[from + i]) == name[i]) {
                i++;
            }
            if (i == len) {
                @SuppressWarnings("unchecked")
                E e = (E) values[bucket][c];
                return e;
            }
        }
        return null;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
