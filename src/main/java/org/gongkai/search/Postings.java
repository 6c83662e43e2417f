package org.gongkai.search;

import java.util.Arrays;

/**
 * The documents that contain one term, added in any order. A term starts as a short array of
 * document numbers; once the array would take more memory than one bit per document of the site, it
 * becomes a bit set. Common Chinese bigrams occur in most pages, so the index of a large site costs
 * at most {@code documents / 8} bytes per term. Not thread-safe: {@link SearchIndex} holds a lock
 * around it.
 */
final class Postings {
    private final int documents;
    private int[] ids = new int[2];
    private int size;
    private long[] bits;

    Postings(int documents) {
        this.documents = documents;
    }

    void add(int id) {
        if (id < 0 || id >= documents) {
            throw new IllegalArgumentException("document " + id + " not in [0, " + documents + ")");
        }
        if (bits != null) {
            bits[id >>> 6] |= 1L << id;
            return;
        }
        if (size == ids.length) {
            if ((long) size * Integer.SIZE >= documents) {
                bits = new long[(documents + 63) >>> 6];
                for (int i = 0; i < size; i++) {
                    bits[ids[i] >>> 6] |= 1L << ids[i];
                }
                bits[id >>> 6] |= 1L << id;
                ids = null;
                return;
            }
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Adds the documents of {@code other} to these; returns this. */
    Postings addAll(Postings other) {
        if (other.bits != null) {
            for (int w = 0; w < other.bits.length; w++) {
                long word = other.bits[w];
                while (word != 0) {
                    add((w << 6) + Long.numberOfTrailingZeros(word));
                    word &= word - 1;
                }
            }
        } else {
            for (int i = 0; i < other.size; i++) {
                add(other.ids[i]);
            }
        }
        return this;
    }

    /** The documents in ascending order, each once. */
    int[] sorted() {
        if (bits != null) {
            int n = 0;
            for (long w : bits) {
                n += Long.bitCount(w);
            }
            int[] out = new int[n];
            int k = 0;
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
            }
            return out;
        }
        int[] out = Arrays.copyOf(ids, size);
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (k == 0 || out[i] != out[k - 1]) {
                out[k++] = out[i];
            }
        }
        return Arrays.copyOf(out, k);
    }
}
