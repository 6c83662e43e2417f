package org.gongkai.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer for SVG markup. Hand-written because the charts need only a handful of elements
 * and the output must be byte-for-byte deterministic; an XML library would add a dependency and
 * reorder nothing we need. Not thread-safe; one per chart.
 */
final class Svg {
    private final StringBuilder sb = new StringBuilder(4096);
    private final String id;
    private final String cssClass;
    private final String title;
    private final String desc;

    /**
     * A chart with its accessible name and description; the root element is written by {@link
     * #close}.
     */
    Svg(ChartText text, String cssClass) {
        this.id = text.id();
        this.cssClass = cssClass;
        this.title = text.title();
        this.desc = text.description();
    }

    /**
     * The whole chart. The root's {@code width} and {@code height} are the natural size in pixels
     * ({@link Metrics#DISPLAY}), so a stylesheet that caps the width at 100 % shrinks the chart on
     * phones and never blows it up on desktops; {@code font-size} is set here because the layout
     * measured text at that size, and a stylesheet must not change it behind the layout's back.
     */
    String close(double width, double height) {
        StringBuilder out = new StringBuilder(sb.length() + 512);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg ");
        attr(out, cssClass);
        out.append("\" width=\"");
        num(out, width * Metrics.DISPLAY);
        out.append("\" height=\"");
        num(out, height * Metrics.DISPLAY);
        out.append("\" viewBox=\"0 0 ");
        num(out, width);
        out.append(' ');
        num(out, height);
        out.append("\" font-size=\"");
        num(out, Metrics.FONT);
        out.append("\" role=\"img\" aria-labelledby=\"");
        attr(out, id);
        out.append("-t ");
        attr(out, id);
        out.append("-d\">");
        out.append("<title id=\"");
        attr(out, id);
        out.append("-t\">");
        text(out, title);
        out.append("</title>");
        out.append("<desc id=\"");
        attr(out, id);
        out.append("-d\">");
        text(out, desc);
        out.append("</desc>");
        return out.append(sb).append("</svg>").toString();
    }

    /**
     * A rectangle whose width is given as printed, so that exact bar lengths reach the markup
     * unchanged.
     */
    Svg rect(String cssClass, double x, double y, String width, double height) {
        sb.append("<rect class=\"");
        attr(sb, cssClass);
        sb.append("\" x=\"");
        num(sb, x);
        sb.append("\" y=\"");
        num(sb, y);
        sb.append("\" width=\"").append(width).append("\" height=\"");
        num(sb, height);
        sb.append("\"/>");
        return this;
    }

    Svg rect(String cssClass, double x, double y, double width, double height) {
        return rect(cssClass, x, y, num(width), height);
    }

    Svg line(String cssClass, double x1, double y1, double x2, double y2) {
        sb.append("<line class=\"");
        attr(sb, cssClass);
        sb.append("\" x1=\"");
        num(sb, x1);
        sb.append("\" y1=\"");
        num(sb, y1);
        sb.append("\" x2=\"");
        num(sb, x2);
        sb.append("\" y2=\"");
        num(sb, y2);
        sb.append("\"/>");
        return this;
    }

    /** A path; {@code d} uses absolute commands only, so its extent can be read back by tests. */
    Svg path(String cssClass, String d) {
        sb.append("<path class=\"");
        attr(sb, cssClass);
        sb.append("\" d=\"");
        attr(sb, d);
        sb.append("\"/>");
        return this;
    }

    /** A text element at the chart's font size; {@code anchor} is start, middle or end. */
    Svg text(String cssClass, double x, double y, String anchor, String content) {
        return text(cssClass, x, y, anchor, Metrics.FONT, content);
    }

    /** A text element at {@code size} user units, for the few texts smaller than the rest. */
    Svg text(String cssClass, double x, double y, String anchor, double size, String content) {
        sb.append("<text class=\"");
        attr(sb, cssClass);
        sb.append("\" x=\"");
        num(sb, x);
        sb.append("\" y=\"");
        num(sb, y);
        sb.append('"');
        if (!anchor.equals("start")) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != Metrics.FONT) {
            sb.append(" font-size=\"");
            num(sb, size);
            sb.append('"');
        }
        sb.append('>');
        text(sb, content);
        sb.append("</text>");
        return this;
    }

    Svg openGroup(String cssClass) {
        sb.append("<g class=\"");
        attr(sb, cssClass);
        sb.append("\">");
        return this;
    }

    /** A group with a tooltip: the whole label and value, for labels that had to be shortened. */
    Svg openGroup(String cssClass, String tooltip) {
        openGroup(cssClass);
        sb.append("<title>");
        text(sb, tooltip);
        sb.append("</title>");
        return this;
    }

    Svg closeGroup() {
        sb.append("</g>");
        return this;
    }

    /** Coordinates with at most two decimals and no trailing zeros, so output is stable. */
    static String num(double v) {
        StringBuilder out = new StringBuilder(12);
        num(out, v);
        return out.toString();
    }

    /**
     * Appends {@link #num(double)} of {@code v}, written straight into the chart: a chart has
     * hundreds of coordinates, and a string for each was a good part of drawing it.
     */
    private static void num(StringBuilder out, double v) {
        // Most coordinates are a few hundred with two decimals or fewer: v * 100 is then within a
        // hair of an integer, which is what rounding the decimal value gives, without the cost
        // of BigDecimal (a twentieth of a page's time). Ties and large values take the exact way.
        double scaled = v * 100;
        if (Math.abs(scaled) < 1e12) {
            long r = Math.round(scaled);
            if (Math.abs(scaled - r) < 1e-6) {
                cents(out, r);
                return;
            }
        }
        // Far from a tie (half a cent) the nearest cent is the rounding too, whatever the last
        // bits of v * 100: bars and ticks at arbitrary fractions would otherwise all take the
        // exact way. Below 1e9 cents a double is exact to far better than the margin.
        if (Math.abs(scaled) < 1e9
                && Math.abs(Math.abs(scaled - Math.floor(scaled)) - 0.5) > 1e-6) {
            cents(out, Math.round(scaled));
            return;
        }
        out.append(exactNum(v));
    }

    static String exactNum(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static void cents(StringBuilder out, long r) {
        if (r == 0) {
            out.append('0');
            return;
        }
        if (r < 0) {
            out.append('-');
            r = -r;
        }
        out.append(r / 100);
        long frac = r % 100;
        if (frac != 0) {
            out.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                out.append((char) ('0' + frac % 10));
            }
        }
    }

    /** Appends {@code s} escaped for element text: {@code <}, {@code >} and {@code &}. */
    private static void text(StringBuilder out, String s) {
        escape(out, s, false);
    }

    /** Appends {@code s} escaped for an attribute value in double quotes. */
    private static void attr(StringBuilder out, String s) {
        escape(out, s, true);
    }

    private static void escape(StringBuilder out, String s, boolean quote) {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity =
                    switch (c) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> quote ? "&quot;" : null;
                        default -> null;
                    };
            if (entity != null) {
                out.append(s, start, i).append(entity);
                start = i + 1;
            }
        }
        out.append(s, start, s.length());
    }
}
