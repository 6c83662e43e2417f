package org.gongkai.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct terms of one page as {@link Terms} gives them: Han terms as codes in a set by open
 * addressing (a page has a few thousand; sorting them, or boxing them into a hash set, cost more
 * than the rest of the index in the profile), and words as strings. Not thread-safe: one per page.
 */
final class PageTerms implements Terms.Sink {
    // No Han term code is 0 (the Han script starts at U+2E80), so a fresh table is empty as the
    // JVM allocates it, without filling it first.
    private static final long FREE = 0;

    private long[] table;

    /** The codes in the order they came, so that {@link #codes} need not scan the table. */
    private long[] codes;

    private int size;
    private final Set<String> words = new HashSet<>();

    PageTerms() {
        this(new long[4096], new long[1024], 0);
    }

    private PageTerms(long[] table, long[] codes, int size) {
        this.table = table;
        this.codes = codes;
        this.size = size;
    }

    @Override
    public void han(long code) {
        if (!insert(table, code)) {
            return;
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, 2 * size);
        }
        codes[size++] = code;
        if (size * 2 > table.length) {
            long[] bigger = new long[table.length * 2];
            for (int i = 0; i < size; i++) {
                insert(bigger, codes[i]);
            }
            table = bigger;
        }
    }

    private static boolean insert(long[] table, long code) {
        int mask = table.length - 1;
        int i = Long.hashCode(code * 0x9e3779b97f4a7c15L) & mask;
        while (table[i] != FREE) {
            if (table[i] == code) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = code;
        return true;
    }

    @Override
    public void word(String word) {
        words.add(word);
    }

    /** A copy to go on adding to: the terms of the whole page after those of its names and keys. */
    PageTerms copy() {
        PageTerms c = new PageTerms(table.clone(), codes.clone(), size);
        c.words.addAll(words);
        return c;
    }

    /** The Han term codes, each once, in no particular order. */
    long[] codes() {
        return Arrays.copyOf(codes, size);
    }

    Set<String> words() {
        return words;
    }
}
