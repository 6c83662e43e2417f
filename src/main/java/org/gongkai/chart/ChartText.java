package org.gongkai.chart;

import java.util.Objects;

/**
 * The words of a chart: an id unique on its page, the title (the chart's accessible name) and a
 * description that says in a sentence what the chart shows.
 */
public record ChartText(String id, String title, String description) {
    public ChartText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
