package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * The Markdown body of a page, parsed once: its sanitised HTML, its headings (for the table of
 * contents), and its text line by line with line numbers in the source file (for the narrative
 * amount check and the search index).
 */
public record Narrative(String html, List<Heading> headings, List<TextLine> lines) {
    public static final Narrative EMPTY = new Narrative("", List.of(), List.of());

    public Narrative {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    /** A heading with the anchor id it carries in the HTML. */
    public record Heading(int level, String text, String id) {}

    /** The plain text written on one line of the source file. */
    public record TextLine(int line, String text) {}
}
