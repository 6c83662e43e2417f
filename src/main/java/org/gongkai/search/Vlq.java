package org.gongkai.search;

/**
 * Writes ascending document numbers as the gaps between them, each gap in base-64 digits of five
 * bits with a continuation bit (the scheme of source maps). Consecutive documents cost one
 * character, so the lists of common terms shrink to almost nothing once gzipped, and the text is
 * safe inside JSON strings. {@code assets/search.js} reads it back.
 */
final class Vlq {
    private static final char[] DIGITS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private Vlq() {}

    /** {@code [0, 1, 2, 7]} is {@code "AAAE"}: each number less the one before, less one. */
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
}
