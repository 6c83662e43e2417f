package org.gongkai.search;

import java.util.Arrays;

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

    /** The numbers {@link #encode} wrote, ascending. */
    static int[] decode(String encoded) {
        if (encoded.startsWith("~")) {
            int n = 0;
            for (int k = 1; k < encoded.length(); k++) {
                n += Integer.bitCount(digit(encoded.charAt(k)));
            }
            int[] out = new int[n];
            int i = 0;
            for (int k = 1; k < encoded.length(); k++) {
                int d = digit(encoded.charAt(k));
                for (int bit = 0; bit < 6; bit++) {
                    if ((d & 1 << bit) != 0) {
                        out[i++] = (k - 1) * 6 + bit;
                    }
                }
            }
            return out;
        }
        int[] out = new int[encoded.length()];
        int n = 0;
        int previous = -1;
        int gap = 0;
        int shift = 0;
        for (int k = 0; k < encoded.length(); k++) {
            int d = digit(encoded.charAt(k));
            gap |= (d & 31) << shift;
            if ((d & 32) != 0) {
                shift += 5;
                continue;
            }
            previous += gap + 1;
            out[n++] = previous;
            gap = 0;
            shift = 0;
        }
        return Arrays.copyOf(out, n);
    }

    /** Those of {@code ids} (ascending) that {@code encoded} holds, without decoding all of it. */
    static int[] among(String encoded, int[] ids) {
        int[] out = new int[ids.length];
        int n = 0;
        if (encoded.startsWith("~")) {
            for (int id : ids) {
                int k = 1 + id / 6;
                if (k < encoded.length() && (digit(encoded.charAt(k)) & 1 << (id % 6)) != 0) {
                    out[n++] = id;
                }
            }
            return Arrays.copyOf(out, n);
        }
        int last = ids.length == 0 ? -1 : ids[ids.length - 1];
        int next = 0;
        int previous = -1;
        int gap = 0;
        int shift = 0;
        for (int k = 0; k < encoded.length() && previous < last; k++) {
            int d = digit(encoded.charAt(k));
            gap |= (d & 31) << shift;
            if ((d & 32) != 0) {
                shift += 5;
                continue;
            }
            previous += gap + 1;
            gap = 0;
            shift = 0;
            while (next < ids.length && ids[next] < previous) {
                next++;
            }
            if (next < ids.length && ids[next] == previous) {
                out[n++] = previous;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@code encoded} (of {@code documents} documents) without {@code removed} and with {@code
     * added}, as {@link #encode} writes it. A bit set is changed in place: a term in more pages
     * than a bit set has digits stays one, since its gaps would take a digit per page at least.
     */
    static String withChanges(String encoded, int[] removed, int[] added, int documents) {
        if (encoded.startsWith("~")) {
            char[] c = encoded.toCharArray();
            for (int id : removed) {
                int k = 1 + id / 6;
                c[k] = DIGITS[digit(c[k]) & ~(1 << (id % 6))];
            }
            for (int id : added) {
                int k = 1 + id / 6;
                c[k] = DIGITS[digit(c[k]) | 1 << (id % 6)];
            }
            int count = 0;
            for (int k = 1; k < c.length; k++) {
                count += Integer.bitCount(digit(c[k]));
            }
            String bits = new String(c);
            return count > 1 + (documents + 5) / 6 ? bits : encode(decode(bits), documents);
        }
        int[] ids = decode(encoded);
        int[] out = new int[ids.length + added.length];
        int n = 0;
        for (int id : ids) {
            if (Arrays.binarySearch(removed, id) < 0) {
                out[n++] = id;
            }
        }
        for (int id : added) {
            out[n++] = id;
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return encode(result, documents);
    }

    /** Whether {@code encoded} holds any of {@code ids} (ascending), without decoding all of it. */
    static boolean containsAny(String encoded, int[] ids) {
        if (ids.length == 0) {
            return false;
        }
        if (encoded.startsWith("~")) {
            for (int id : ids) {
                int k = 1 + id / 6;
                if (k < encoded.length() && (digit(encoded.charAt(k)) & 1 << (id % 6)) != 0) {
                    return true;
                }
            }
            return false;
        }
        int last = ids[ids.length - 1];
        int next = 0;
        int previous = -1;
        int gap = 0;
        int shift = 0;
        for (int k = 0; k < encoded.length() && previous < last; k++) {
            int d = digit(encoded.charAt(k));
            gap |= (d & 31) << shift;
            if ((d & 32) != 0) {
                shift += 5;
                continue;
            }
            previous += gap + 1;
            gap = 0;
            shift = 0;
            while (next < ids.length && ids[next] < previous) {
                next++;
            }
            if (next < ids.length && ids[next] == previous) {
                return true;
            }
        }
        return false;
    }

    private static int digit(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        throw new IllegalArgumentException("not a digit of the index: " + c);
    }
}
