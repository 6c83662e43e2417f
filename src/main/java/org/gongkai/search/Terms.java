package org.gongkai.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits text into index terms. Chinese has no spaces between words, so a run of Han characters
 * gives its character bigrams, and its last character alone (so that a one-character query, which
 * the script answers with every term that starts with that character, also finds it at the end of
 * a run). Other letters and digits give lower-cased words of two or more characters; words of
 * digits alone are kept only where asked, because amounts in running text would add a term per
 * figure and make the index large without helping anyone find a page.
 *
 * <p>{@code assets/search.js} splits queries by the same rules; a change here must be made there
 * too. Stateless and thread-safe.
 */
final class Terms {
    /** Longer words are cut to this many characters, in the index and in queries alike. */
    static final int MAX_WORD = 32;

    private Terms() {}

    /** Text as both sides compare it: NFKC (full-width letters and digits become ASCII), lower case. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Gives every term of {@code text} to {@code sink}, repeats included. */
    static void collect(String text, boolean numbers, Consumer<String> sink) {
        String s = normalize(text);
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flush(word, numbers, sink);
                if (previousHan >= 0) {
                    sink.accept(new StringBuilder(4).appendCodePoint(previousHan).appendCodePoint(cp).toString());
                }
                previousHan = cp;
                continue;
            }
            if (previousHan >= 0) {
                sink.accept(Character.toString(previousHan));
                previousHan = -1;
            }
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, numbers, sink);
            }
        }
        flush(word, numbers, sink);
        if (previousHan >= 0) {
            sink.accept(Character.toString(previousHan));
        }
    }

    private static void flush(StringBuilder word, boolean numbers, Consumer<String> sink) {
        if (word.codePointCount(0, word.length()) >= 2 && (numbers || !allDigits(word))) {
            int end = word.codePointCount(0, word.length()) > MAX_WORD ? word.offsetByCodePoints(0, MAX_WORD) : word.length();
            sink.accept(word.substring(0, end));
        }
        word.setLength(0);
    }

    private static boolean allDigits(CharSequence s) {
        return s.codePoints().allMatch(Character::isDigit);
    }

    /**
     * The part of a term that picks its shard: the first character of a Chinese term, the first two
     * of a word. All terms that start alike share a shard, so the script can answer a prefix.
     */
    static String key(String term) {
        int first = term.codePointAt(0);
        if (isHan(first) || term.codePointCount(0, term.length()) < 2) {
            return Character.toString(first);
        }
        return term.substring(0, term.offsetByCodePoints(0, 2));
    }

    /** The shard of {@code term}: FNV-1a over the UTF-16 units of its key, as the script computes it. */
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
