package org.gongkai.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits text into index terms. Chinese has no spaces between words, so a run of Han characters
 * gives every character and every pair of neighbours (a query of one character looks up the first,
 * a longer one its pairs). Other letters and digits give lower-cased words of two or more
 * characters; words of digits alone are kept only where asked, because amounts in running text
 * would add a term per figure and make the index large without helping anyone find a page.
 *
 * <p>{@code assets/search.js} splits queries by the same rules; a change here must be made there
 * too. Stateless and thread-safe.
 */
final class Terms {
    /** Longer words are cut to this many characters, in the index and in queries alike. */
    static final int MAX_WORD = 32;

    private Terms() {}

    /**
     * Text as both sides compare it: NFKC (full-width letters and digits become ASCII), lower case.
     */
    static String normalize(String text) {
        String quick = quickNormalize(text);
        if (quick != null) {
            return quick;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The normal form of text made only of characters whose NFKC form is known without tables
     * (ASCII, common Han characters, the ideographic space and comma and full stop, curly quotes,
     * full-width ASCII), or null for any other text. None of these characters composes with a
     * neighbour, so mapping one at a time gives what {@link Normalizer} gives; the profile of a
     * 10,000-page build showed {@code Normalizer} as a tenth of the index's time.
     */
    static String quickNormalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n;
            if (c < 0x80) {
                n = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (isCommonHan(c)
                    || c == '\u3001'
                    || c == '\u3002'
                    || (c >= '\u2018' && c <= '\u201d')) {
                n = c;
            } else if (c >= '\uff01' && c <= '\uff5e') {
                n = (char) (c - 0xfee0);
                n = n >= 'A' && n <= 'Z' ? (char) (n + ('a' - 'A')) : n;
            } else if (c == '\u3000') {
                n = ' ';
            } else {
                return null;
            }
            if (n != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = n;
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean isCommonHan(int codePoint) {
        return codePoint >= 0x4e00 && codePoint <= 0x9ffc; // assigned in Java 17 (Unicode 13)
    }

    static boolean isHan(int codePoint) {
        if (codePoint < 0x2e80) {
            return false; // the Han script starts with the CJK radicals
        }
        return isCommonHan(codePoint)
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Receives the terms of a text. Han terms, the great majority, come as a {@link #code} rather
     * than a string: a string and its hash per character and pair were a third of the index's time
     * in the profile of a 10,000-page build.
     */
    interface Sink {
        /** A Han character or pair, as {@link #code} gives it. */
        void han(long code);

        void word(String word);
    }

    /** A Han character as a term code: its code point. */
    static long code(int codePoint) {
        return codePoint;
    }

    /** A pair of Han characters as a term code: both code points (21 bits each) and a mark. */
    static long code(int first, int second) {
        return 1L << 42 | (long) first << 21 | second;
    }

    /** The term of a code from {@link #code}. */
    static String term(long code) {
        StringBuilder sb = new StringBuilder(4);
        if (code >>> 42 != 0) {
            sb.appendCodePoint((int) (code >>> 21 & 0x1fffff));
        }
        return sb.appendCodePoint((int) (code & 0x1fffff)).toString();
    }

    /** Gives every term of {@code text} to {@code sink} as a string, repeats included. */
    static void collect(String text, boolean numbers, Consumer<String> sink) {
        collect(
                text,
                numbers,
                new Sink() {
                    @Override
                    public void han(long code) {
                        sink.accept(term(code));
                    }

                    @Override
                    public void word(String word) {
                        sink.accept(word);
                    }
                });
    }

    /** Gives every term of {@code text} to {@code sink}, repeats included. */
    static void collect(String text, boolean numbers, Sink sink) {
        String s = normalize(text);
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flush(word, numbers, sink);
                sink.han(code(cp));
                if (previousHan >= 0) {
                    sink.han(code(previousHan, cp));
                }
                previousHan = cp;
                continue;
            }
            previousHan = -1;
            if (cp < 0x80 ? isAsciiLetterOrDigit(cp) : Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                flush(word, numbers, sink);
            }
        }
        flush(word, numbers, sink);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void flush(StringBuilder word, boolean numbers, Sink sink) {
        if (word.length() == 0) {
            return; // before every Han character there is no word to give
        }
        if (word.codePointCount(0, word.length()) >= 2 && (numbers || !allDigits(word))) {
            int end =
                    word.codePointCount(0, word.length()) > MAX_WORD
                            ? word.offsetByCodePoints(0, MAX_WORD)
                            : word.length();
            sink.word(word.substring(0, end));
        }
        word.setLength(0);
    }

    private static boolean allDigits(CharSequence s) {
        return s.codePoints().allMatch(Character::isDigit);
    }

    /**
     * The part of a term that picks its shard: all of a Chinese term, which is only ever looked up
     * whole; the first two characters of a word, so that all words that start alike share a shard
     * and the script can answer a word's beginning from one file.
     */
    static String key(String term) {
        if (isHan(term.codePointAt(0)) || term.codePointCount(0, term.length()) < 2) {
            return term;
        }
        return term.substring(0, term.offsetByCodePoints(0, 2));
    }

    /**
     * The shard of {@code term}: FNV-1a over the UTF-16 units of its key, as the script computes
     * it.
     */
    static int shard(String term, int shards) {
        String key = key(term);
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
