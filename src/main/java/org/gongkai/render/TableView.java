package org.gongkai.render;

import java.util.List;
import java.util.Objects;

/**
 * A table as a template draws it: caption, column heads, body rows and footer rows of cells whose
 * text is already formatted. {@link TableHtml} draws every table of the site the same way
 * (templates call it as {@code table(view)}), and the same view feeds the CSV download.
 *
 * @param id a stable identifier, used for the element id and the CSV file name
 * @param cssClass the class of the {@code <table>} element ({@code by-function}, {@code
 *     indicators}, ...)
 * @param layout classes for the table's container, such as {@code tree depth-2} for indentation
 */
public record TableView(
        String id,
        String cssClass,
        String layout,
        String caption,
        List<Column> columns,
        List<Row> rows,
        List<Row> footer) {

    public TableView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cssClass, "cssClass");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        footer = List.copyOf(footer);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A column head; numeric columns are right-aligned. */
    public record Column(String label, boolean numeric) {}

    /**
     * A row. {@code cssClass} is empty for plain rows, which are drawn as a bare {@code <tr>}; a
     * {@code header} row's first cell is drawn as {@code <th scope="row">}.
     */
    public record Row(List<Cell> cells, String cssClass, boolean header) {
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(cssClass, "cssClass");
        }

        public static Row of(List<Cell> cells) {
            return new Row(cells, "", false);
        }
    }

    /**
     * A cell with its text; {@code numeric} cells are right-aligned, {@code raw} holds the exact
     * value for open data (empty when the cell is not a number), {@code cssClass} marks states such
     * as met / not met, and {@code href} makes the text a link (empty for none).
     */
    public record Cell(String text, boolean numeric, String raw, String cssClass, String href) {
        public static Cell text(String text) {
            return new Cell(text, false, "", "", "");
        }

        public static Cell link(String text, String href) {
            return new Cell(text, false, "", "", href);
        }

        public static Cell number(String text, String raw) {
            return new Cell(text, true, raw, "", "");
        }

        public static Cell marked(String text, String raw, String cssClass) {
            return new Cell(text, false, raw, cssClass, "");
        }

        public static Cell empty(boolean numeric) {
            return new Cell("", numeric, "", "", "");
        }
    }
}
