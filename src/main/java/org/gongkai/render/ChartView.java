package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Objects;

/**
 * A chart on a page: the SVG drawn from the model (already escaped where it holds text) and the
 * table of the same data beside it.
 */
public record ChartView(String id, String title, SafeString svg, TableView table) {
    public ChartView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(table, "table");
    }
}
