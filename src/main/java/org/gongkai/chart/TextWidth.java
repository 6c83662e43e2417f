package org.gongkai.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a label is drawn, in units of the font size, without a font: CJK and other
 * full-width characters take one em, digits about 0.6 (the widest common sans-serif, DejaVu, has
 * 0.64), Latin letters a little less or more. Layouts add a safety margin on top ({@link Metrics}).
 */
final class TextWidth {
    /**
     * Characters that may not start a line in Chinese typesetting; they stay with the one before.
     */
    private static final String NO_LINE_START = "，。、：；！？）」』】》〉’”,.:;!?)%";

    private TextWidth() {}

    static double ems(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += ems(cp);
        }
        return w;
    }

    static double ems(int cp) {
        if (cp >= 0x2000) {
            // Punctuation such as … and —, symbols, CJK and full-width forms: a whole em.
            return 1.0;
        }
        if (cp == ' '
                || cp == '.'
                || cp == ','
                || cp == ':'
                || cp == ';'
                || cp == '|'
                || cp == '\'') {
            return 0.32;
        }
        if (cp == '%' || cp == 'M' || cp == 'W' || cp == 'm' || cp == 'w') {
            return 0.95;
        }
        if (Character.isUpperCase(cp)) {
            return 0.72;
        }
        return 0.6;
    }

    /**
     * {@code s} cut to fit {@code maxEms}, ending with an ellipsis when it was cut. Works by code
     * points, so a character is never split.
     */
    static String fit(String s, double maxEms) {
        if (ems(s) <= maxEms) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        double w = ems('…');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (w + ems(cp) > maxEms) {
                break;
            }
            out.appendCodePoint(cp);
            w += ems(cp);
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + '…';
    }

    /**
     * {@code s} broken into at most {@code maxLines} lines of at most {@code maxEms} each; the last
     * line ends with an ellipsis when text was left over. Chinese breaks between any two characters
     * except before closing punctuation; runs of Latin letters and digits (codes, numbers) break
     * only at spaces, unless a run is longer than a whole line. Lines that need no ellipsis are
     * balanced, so that a name never leaves one lone character on its last line.
     */
    static List<String> wrap(String s, double maxEms, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be >= 1");
        }
        List<String> tokens = tokens(s.strip());
        List<String> lines = greedy(tokens, maxEms);
        if (lines.size() > maxLines) {
            List<String> out = new ArrayList<>(lines.subList(0, maxLines));
            String last = out.get(maxLines - 1);
            while (!last.isEmpty() && ems(last.stripTrailing() + "…") > maxEms) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            out.set(maxLines - 1, last.stripTrailing() + "…");
            return List.copyOf(out);
        }
        // Narrow the measure step by step while the text still takes as many lines.
        double step = 0.25;
        for (double narrower = maxEms - step; lines.size() > 1 && narrower > 0; narrower -= step) {
            List<String> tighter = greedy(tokens, narrower);
            if (tighter.size() != lines.size()) {
                break;
            }
            lines = tighter;
        }
        return List.copyOf(lines);
    }

    /** Lines of at most {@code maxEms}, filled one token after another, as many as it takes. */
    private static List<String> greedy(List<String> tokens, double maxEms) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String token : tokens) {
            String rest = token;
            while (!rest.isEmpty()) {
                String candidate = line + rest;
                if (ems(candidate.strip()) <= maxEms) {
                    line = candidate;
                    rest = "";
                } else if (line.isBlank()) {
                    // A single token wider than a whole line: cut it where the line is full.
                    int cut = prefixFitting(rest, maxEms);
                    lines.add(rest.substring(0, cut).strip());
                    rest = rest.substring(cut);
                } else {
                    lines.add(line.strip());
                    line = "";
                    rest = rest.stripLeading();
                }
            }
        }
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
        return lines;
    }

    /**
     * The length in chars of the longest prefix of {@code s} within {@code maxEms}; at least one
     * character.
     */
    private static int prefixFitting(String s, double maxEms) {
        double w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (w + ems(cp) > maxEms && i > 0) {
                break;
            }
            w += ems(cp);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Unbreakable pieces: a Latin word with its trailing space, or one other character. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = cp < 0x2000 && cp != ' ';
            if (latin) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0 && cp == ' ') {
                out.add(word.append(' ').toString());
                word.setLength(0);
                continue;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            String c = new String(Character.toChars(cp));
            if (NO_LINE_START.contains(c) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + c);
            } else if (cp != ' ') {
                out.add(c);
            } else if (!out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
