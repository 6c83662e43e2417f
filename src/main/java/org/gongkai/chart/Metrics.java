package org.gongkai.chart;

/**
 * The type metrics every chart lays out with: one font size, the box a line of text occupies around
 * its baseline, and text widths from {@link TextWidth}. Tests measure generated SVG with the same
 * model, so a layout that passes them leaves room for every label it draws.
 */
final class Metrics {
    /**
     * The font size of chart text, in user units; the root element sets it (see {@link Svg#close}).
     */
    static final double FONT = 20;

    /** Smaller text, for axis ticks and the values above columns. */
    static final double SMALL = 17;

    /**
     * Pixels per user unit at a chart's natural size. Charts are about 500 units wide, since the
     * functional chart's longest bar is 400; shown at 0.72 their text is 14.4 px on a desktop, and
     * scaled to a 360 px phone it is still about 13 px.
     */
    static final double DISPLAY = 0.72;

    /** How far glyphs reach above the baseline, in ems (CJK ideographs reach about 0.88). */
    static final double ASCENT = 0.9;

    /** How far glyphs reach below the baseline, in ems (descenders and CJK bottoms). */
    static final double DESCENT = 0.22;

    /** The distance between the baselines of wrapped label lines, in ems. */
    static final double LEADING = 1.3;

    /**
     * Widths are estimated without the font, and system fonts differ a little; every measured width
     * is widened by this factor so that the real text still fits.
     */
    static final double SAFETY = 1.06;

    /**
     * The narrowest canvas. Every chart is at least this wide, so that they all shrink alike on a
     * phone and their names wrap at about the same length.
     */
    static final double MIN_WIDTH = 480;

    /** The space between the canvas edge and anything drawn. */
    static final double PAD = 8;

    /** The space between a bar's end and its value. */
    static final double GAP = 6;

    private Metrics() {}

    /** The drawn width of {@code s} at {@code size}, with the safety margin. */
    static double width(String s, double size) {
        return TextWidth.ems(s) * size * SAFETY;
    }

    static double width(String s) {
        return width(s, FONT);
    }

    /** The height of a line of text at {@code size}: ascent plus descent. */
    static double height(double size) {
        return (ASCENT + DESCENT) * size;
    }

    /** The baseline that centres a line of text at {@code size} on {@code middle}. */
    static double baselineAt(double middle, double size) {
        return middle + (ASCENT - DESCENT) / 2 * size;
    }

    static double line(double size) {
        return LEADING * size;
    }
}
