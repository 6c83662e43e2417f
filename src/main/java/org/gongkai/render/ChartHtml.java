package org.gongkai.render;

import java.nio.charset.StandardCharsets;

/**
 * Draws a {@link ChartView} as a figure: the caption, the SVG, and the table of its data beside it
 * (below it on narrow screens), so that the figures are there for readers who cannot see the image,
 * without JavaScript, and on paper. Templates call it as {@code chart(view)}; written in Java for
 * the reason {@link TableHtml} is. Stateless; thread-safe.
 */
final class ChartHtml {
    private ChartHtml() {}

    static SafeUtf8 figure(ChartView ch) {
        byte[] svg = ch.svg().toString().getBytes(StandardCharsets.UTF_8);
        Utf8Markup out = new Utf8Markup(svg.length + 1024 + 256 * ch.table().rows().size());
        out.ascii("<figure class=\"chart\" id=\"")
                .text(ch.id())
                .ascii("\">\n<figcaption>")
                .text(ch.title())
                .ascii("</figcaption>\n<div class=\"chart-body\">\n<div class=\"chart-image\">")
                .raw(svg)
                .ascii("</div>\n<div class=\"chart-table\">");
        TableHtml.write(ch.table(), out);
        return out.ascii("</div>\n</div>\n</figure>").toSafe();
    }
}
