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
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg ")
                .append(attr(cssClass))
                .append("\" width=\"")
                .append(num(width * Metrics.DISPLAY))
                .append("\" height=\"")
                .append(num(height * Metrics.DISPLAY))
                .append("\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                .append("\" font-size=\"")
                .append(num(Metrics.FONT))
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(attr(id))
                .append("-t ")
                .append(attr(id))
                .append("-d\">");
        out.append("<title id=\"")
                .append(attr(id))
                .append("-t\">")
                .append(text(title))
                .append("</title>");
        out.append("<desc id=\"")
                .append(attr(id))
                .append("-d\">")
                .append(text(desc))
                .append("</desc>");
        return out.append(sb).append("</svg>").toString();
    }

    /**
     * A rectangle whose width is given as printed, so that exact bar lengths reach the markup
     * unchanged.
     */
    Svg rect(String cssClass, double x, double y, String width, double height) {
        sb.append("<rect class=\"")
                .append(attr(cssClass))
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(num(height))
                .append("\"/>");
        return this;
    }

    Svg rect(String cssClass, double x, double y, double width, double height) {
        return rect(cssClass, x, y, num(width), height);
    }

    Svg line(String cssClass, double x1, double y1, double x2, double y2) {
        sb.append("<line class=\"")
                .append(attr(cssClass))
                .append("\" x1=\"")
                .append(num(x1))
                .append("\" y1=\"")
                .append(num(y1))
                .append("\" x2=\"")
                .append(num(x2))
                .append("\" y2=\"")
                .append(num(y2))
                .append("\"/>");
        return this;
    }

    /** A path; {@code d} uses absolute commands only, so its extent can be read back by tests. */
    Svg path(String cssClass, String d) {
        sb.append("<path class=\"")
                .append(attr(cssClass))
                .append("\" d=\"")
                .append(attr(d))
                .append("\"/>");
        return this;
    }

    /** A text element at the chart's font size; {@code anchor} is start, middle or end. */
    Svg text(String cssClass, double x, double y, String anchor, String content) {
        return text(cssClass, x, y, anchor, Metrics.FONT, content);
    }

    /** A text element at {@code size} user units, for the few texts smaller than the rest. */
    Svg text(String cssClass, double x, double y, String anchor, double size, String content) {
        sb.append("<text class=\"")
                .append(attr(cssClass))
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append('"');
        if (!anchor.equals("start")) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != Metrics.FONT) {
            sb.append(" font-size=\"").append(num(size)).append('"');
        }
        sb.append('>').append(text(content)).append("</text>");
        return this;
    }

    Svg openGroup(String cssClass) {
        sb.append("<g class=\"").append(attr(cssClass)).append("\">");
        return this;
    }

    /** A group with a tooltip: the whole label and value, for labels that had to be shortened. */
    Svg openGroup(String cssClass, String tooltip) {
        openGroup(cssClass);
        sb.append("<title>").append(text(tooltip)).append("</title>");
        return this;
    }

    Svg closeGroup() {
        sb.append("</g>");
        return this;
    }

    /** Coordinates with at most two decimals and no trailing zeros, so output is stable. */
    static String num(double v) {
        // Most coordinates are a few hundred with two decimals or fewer: v * 100 is then within a
        // hair of an integer, which is what rounding the decimal value gives, without the cost
        // of BigDecimal (a twentieth of a page's time). Ties and large values take the exact way.
        double scaled = v * 100;
        if (Math.abs(scaled) < 1e12) {
            long r = Math.round(scaled);
            if (Math.abs(scaled - r) < 1e-6) {
                return cents(r);
            }
        }
        return exactNum(v);
    }

    static String exactNum(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String cents(long r) {
        if (r == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(12);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100);
        long frac = r % 100;
        if (frac != 0) {
            sb.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                sb.append((char) ('0' + frac % 10));
            }
        }
        return sb.toString();
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
