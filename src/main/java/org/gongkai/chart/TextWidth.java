package org.gongkai.chart;

/**
 * Estimates how wide a label is drawn, in units of the font size, without a font: CJK and other
 * full-width characters take one em, digits and Latin letters about 0.6. System fonts differ a
 * little, so layouts keep a margin of a few percent.
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
        if (cp == ' ') {
            return 0.3;
        }
        if (cp < 0x2E80) {
            return Character.isUpperCase(cp) ? 0.68 : 0.58;
        }
        return 1.0;
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
        return out.append('…').toString();
    }
}
