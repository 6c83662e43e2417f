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
    private static final long FREE = -1; // no term code is negative

    private long[] table = newTable(4096);
    private int size;
    private final Set<String> words = new HashSet<>();

    private static long[] newTable(int n) {
        long[] t = new long[n];
        Arrays.fill(t, FREE);
        return t;
    }

    @Override
    public void han(long code) {
        if (insert(table, code) && ++size * 2 > table.length) {
            long[] old = table;
            table = newTable(old.length * 2);
            for (long c : old) {
                if (c != FREE) {
                    insert(table, c);
                }
            }
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
        PageTerms c = new PageTerms();
        c.table = table.clone();
        c.size = size;
        c.words.addAll(words);
        return c;
    }

    /** The Han term codes, each once, in no particular order. */
    long[] codes() {
        long[] out = new long[size];
        int k = 0;
        for (long c : table) {
            if (c != FREE) {
                out[k++] = c;
            }
        }
        return out;
    }

    Set<String> words() {
        return words;
    }
}
