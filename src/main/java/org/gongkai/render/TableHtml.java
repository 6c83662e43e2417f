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
 * page. Every text is escaped as the templates' auto-escaping does ({@link Html}). Stateless;
 * thread-safe.
 *
 * <pre>
 * String html = TableHtml.html(view);
 * </pre>
 */
final class TableHtml {
    private TableHtml() {}

    static String html(TableView tv) {
        StringBuilder out = new StringBuilder(256 + 64 * tv.rows().size() * tv.columns().size());
        write(tv, out);
        return out.toString();
    }

    static void write(TableView tv, StringBuilder out) {
        out.append("<div class=\"table-scroll");
        if (!Html.isEmpty(tv.layout())) {
            out.append(' ');
            Html.escape(out, tv.layout());
        }
        out.append("\" role=\"region\" aria-labelledby=\"");
        Html.escape(out, tv.id());
        out.append("-caption\" tabindex=\"0\">\n<table class=\"");
        Html.escape(out, tv.cssClass());
        out.append("\">\n<caption id=\"");
        Html.escape(out, tv.id());
        out.append("-caption\">");
        Html.escape(out, tv.caption());
        out.append("</caption>\n<thead><tr>");
        for (TableView.Column c : tv.columns()) {
            out.append(c.numeric() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            Html.escape(out, c.label());
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        rows(tv.rows(), out);
        out.append("</tbody>\n");
        if (!tv.footer().isEmpty()) {
            out.append("<tfoot>\n");
            rows(tv.footer(), out);
            out.append("</tfoot>\n");
        }
        out.append("</table>\n</div>");
    }

    private static void rows(List<TableView.Row> rows, StringBuilder out) {
        for (TableView.Row r : rows) {
            row(r, out);
        }
    }

    private static void row(TableView.Row r, StringBuilder out) {
        if (Html.isEmpty(r.cssClass())) {
            out.append("<tr>");
        } else {
            out.append("<tr class=\"");
            Html.escape(out, r.cssClass());
            out.append("\">");
        }
        List<TableView.Cell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            TableView.Cell c = cells.get(i);
            if (i == 0 && r.header()) {
                out.append("<th scope=\"row\">");
                Html.escape(out, c.text());
                out.append("</th>");
                continue;
            }
            boolean marked = !Html.isEmpty(c.cssClass());
            if (c.numeric()) {
                out.append("<td class=\"num");
                if (marked) {
                    out.append(' ');
                    Html.escape(out, c.cssClass());
                }
                out.append("\">");
            } else if (marked) {
                out.append("<td class=\"");
                Html.escape(out, c.cssClass());
                out.append("\">");
            } else {
                out.append("<td>");
            }
            if (Html.isEmpty(c.href())) {
                Html.escape(out, c.text());
            } else {
                out.append("<a href=\"");
                Html.escape(out, c.href());
                out.append("\">");
                Html.escape(out, c.text());
                out.append("</a>");
            }
            out.append("</td>");
        }
        out.append("</tr>");
    }
}
