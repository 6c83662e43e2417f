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

    Svg open(String id, String cssClass, double width, double height, String title, String desc) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg ").append(attr(cssClass))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        sb.append("<title id=\"").append(id).append("-t\">").append(text(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">").append(text(desc)).append("</desc>");
        return this;
    }

    Svg raw(String markup) {
        sb.append(markup);
        return this;
    }

    Svg rect(String cssClass, double x, double y, String width, double height) {
        sb.append("<rect class=\"").append(attr(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(width).append("\" height=\"").append(num(height))
                .append("\"/>");
        return this;
    }

    Svg line(String cssClass, double x1, double y1, double x2, double y2) {
        sb.append("<line class=\"").append(attr(cssClass)).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
                .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
        return this;
    }

    /** A text element; {@code anchor} is start, middle or end. */
    Svg text(String cssClass, double x, double y, String anchor, String content) {
        sb.append("<text class=\"").append(attr(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append('"');
        if (!anchor.equals("start")) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
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

    String close() {
        return sb.append("</svg>").toString();
    }

    /** Coordinates with at most two decimals and no trailing zeros, so output is stable. */
    static String num(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
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
