package org.gongkai.search;

import java.util.function.LongFunction;

/**
 * A map from term codes ({@link Terms#code}) to postings, by open addressing: no boxed key and no
 * entry object per term, since a page adds a few thousand Han terms. Not thread-safe: each thread
 * of {@link SearchIndex} has its own.
 */
final class CodeMap {
    private static final long FREE = -1; // no term code is negative

    private long[] keys = newKeys(1024);
    private Postings[] values = new Postings[1024];
    private int size;

    private static long[] newKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, FREE);
        return k;
    }

    Postings computeIfAbsent(long code, LongFunction<Postings> create) {
        int i = slot(keys, code);
        if (keys[i] == code) {
            return values[i];
        }
        Postings p = create.apply(code);
        keys[i] = code;
        values[i] = p;
        if (++size * 2 > keys.length) {
            grow();
        }
        return p;
    }

    int size() {
        return size;
    }

    /** Each code and its postings, in no particular order. */
    void forEach(java.util.function.BiConsumer<Long, Postings> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    private static int slot(long[] keys, long code) {
        int mask = keys.length - 1;
        int i = Long.hashCode(code * 0x9e3779b97f4a7c15L) & mask;
        while (keys[i] != FREE && keys[i] != code) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = newKeys(oldKeys.length * 2);
        values = new Postings[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
