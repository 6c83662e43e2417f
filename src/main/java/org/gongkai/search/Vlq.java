package org.gongkai.search;

/**
 * Writes a term's documents (ascending numbers) as text that is safe inside JSON strings, in the
 * shorter of two forms, both in base-64 digits ({@code A-Z a-z 0-9 - _}):
 *
 * <ul>
 *   <li>gaps: each number less the one before, less one, in digits of five bits with a continuation
 *       bit, lowest first (the scheme of source maps); a page that contains a rare term costs a
 *       character or two;
 *   <li>a bit set after a {@code ~}: digit {@code k} holds documents {@code 6k} to {@code 6k + 5},
 *       lowest bit first; a term that most pages contain costs one character per six pages.
 * </ul>
 *
 * {@code assets/search.js} reads both back.
 */
final class Vlq {
    private static final char[] DIGITS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private Vlq() {}

    /** {@code ascending} among {@code documents} numbered from 0, in the shorter form. */
    static String encode(int[] ascending, int documents) {
        String gaps = gaps(ascending);
        int bitSetLength = 1 + (documents + 5) / 6;
        return gaps.length() <= bitSetLength ? gaps : bits(ascending, documents);
    }

    /** {@code [0, 1, 2, 7]} is {@code "AAAE"}. */
    static String gaps(int[] ascending) {
        StringBuilder sb = new StringBuilder(ascending.length + 8);
        int previous = -1;
        for (int id : ascending) {
            int gap = id - previous - 1;
            if (gap < 0) {
                throw new IllegalArgumentException("not ascending at " + id);
            }
            do {
                int digit = gap & 31;
                gap >>>= 5;
                sb.append(DIGITS[gap != 0 ? digit | 32 : digit]);
            } while (gap != 0);
            previous = id;
        }
        return sb.toString();
    }

    /** {@code [0, 1, 2, 7]} of 8 documents is {@code "~HC"}. */
    static String bits(int[] ascending, int documents) {
        int[] digits = new int[(documents + 5) / 6];
        for (int id : ascending) {
            if (id < 0 || id >= documents) {
                throw new IllegalArgumentException(
                        "document " + id + " not in [0, " + documents + ")");
            }
            digits[id / 6] |= 1 << (id % 6);
        }
        StringBuilder sb = new StringBuilder(digits.length + 1).append('~');
        for (int d : digits) {
            sb.append(DIGITS[d]);
        }
        return sb.toString();
    }
}
