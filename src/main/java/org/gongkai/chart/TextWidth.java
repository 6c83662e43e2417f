package org.gongkai.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a label is drawn, in units of the font size, without a font: CJK and other
 * full-width characters take one em, digits about 0.6 (the widest common sans-serif, DejaVu, has
 * 0.64), Latin letters a little less or more. Layouts add a safety margin on top ({@link Metrics}).
 */
final class TextWidth {
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
        LineBreaks breaks = new LineBreaks(s.strip());
        int count = breaks.fill(maxEms);
        if (count > maxLines) {
            List<String> out = new ArrayList<>(breaks.lines(false).subList(0, maxLines));
            String last = out.get(maxLines - 1);
            while (!last.isEmpty() && ems(last.stripTrailing() + "…") > maxEms) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            out.set(maxLines - 1, last.stripTrailing() + "…");
            return List.copyOf(out);
        }
        // Narrow the measure step by step while the text still takes as many lines.
        breaks.keep();
        double step = 0.25;
        for (double narrower = maxEms - step; count > 1 && narrower > 0; narrower -= step) {
            if (breaks.fill(narrower) != count) {
                break;
            }
            breaks.keep();
        }
        return List.copyOf(breaks.lines(true));
    }
}
