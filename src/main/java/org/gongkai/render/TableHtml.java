package org.gongkai.render;

import java.util.List;

/**
 * Draws a {@link TableView} as HTML, the way every table of the site looks: inside a scroll
 * container (a focusable region named by the caption, so that wide tables stay inside the page on
 * phones), a caption, column heads with {@code scope="col"}, numeric cells right-aligned with class
 * {@code num}, plain rows as a bare {@code <tr>}, and a header row's first cell as {@code <th
 * scope="row">}. Templates call it as {@code table(view)}.
 *
 * <p>Written in Java rather than as a template macro because a page has about ten tables and
 * hundreds of cells, and a macro call per row and per cell was the largest part of rendering a
 * page. Every text is escaped as the templates' auto-escaping does ({@link Html}), and the table is
 * built as UTF-8 ({@link Utf8Markup}). Stateless; thread-safe.
 *
 * <pre>
 * SafeUtf8 html = TableHtml.html(view);
 * </pre>
 */
final class TableHtml {
    private TableHtml() {}

    static SafeUtf8 html(TableView tv) {
        Utf8Markup out = new Utf8Markup(512 + 64 * tv.rows().size() * tv.columns().size());
        write(tv, out);
        return out.toSafe();
    }

    static void write(TableView tv, Utf8Markup out) {
        out.ascii("<div class=\"table-scroll");
        if (!Html.isEmpty(tv.layout())) {
            out.ascii(" ").text(tv.layout());
        }
        out.ascii("\" role=\"region\" aria-labelledby=\"")
                .text(tv.id())
                .ascii("-caption\" tabindex=\"0\">\n<table class=\"")
                .text(tv.cssClass())
                .ascii("\">\n<caption id=\"")
                .text(tv.id())
                .ascii("-caption\">")
                .text(tv.caption())
                .ascii("</caption>\n<thead><tr>");
        for (TableView.Column c : tv.columns()) {
            out.ascii(c.numeric() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .text(c.label())
                    .ascii("</th>");
        }
        out.ascii("</tr></thead>\n<tbody>\n");
        rows(tv.rows(), out);
        out.ascii("</tbody>\n");
        if (!tv.footer().isEmpty()) {
            out.ascii("<tfoot>\n");
            rows(tv.footer(), out);
            out.ascii("</tfoot>\n");
        }
        out.ascii("</table>\n</div>");
    }

    private static void rows(List<TableView.Row> rows, Utf8Markup out) {
        for (TableView.Row r : rows) {
            row(r, out);
        }
    }

    private static void row(TableView.Row r, Utf8Markup out) {
        if (Html.isEmpty(r.cssClass())) {
            out.ascii("<tr>");
        } else {
            out.ascii("<tr class=\"").text(r.cssClass()).ascii("\">");
        }
        List<TableView.Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            TableView.Cell c = cells.get(i);
            if (i == 0 && r.header()) {
                out.ascii("<th scope=\"row\">").text(c.text()).ascii("</th>");
                continue;
            }
            boolean marked = !Html.isEmpty(c.cssClass());
            if (c.numeric()) {
                out.ascii("<td class=\"num");
                if (marked) {
                    out.ascii(" ").text(c.cssClass());
                }
                out.ascii("\">");
            } else if (marked) {
                out.ascii("<td class=\"").text(c.cssClass()).ascii("\">");
            } else {
                out.ascii("<td>");
            }
            if (Html.isEmpty(c.href())) {
                out.text(c.text());
            } else {
                out.ascii("<a href=\"").text(c.href()).ascii("\">").text(c.text()).ascii("</a>");
            }
            out.ascii("</td>");
        }
        out.ascii("</tr>");
    }
}
