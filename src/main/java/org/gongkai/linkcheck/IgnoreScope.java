package org.gongkai.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Knows whether the scanner is inside an element marked {@code data-check-ignore}. The scanner does
 * not build a tree; while such an element is open this keeps a stack of the elements opened inside
 * it, with the HTML parser's rules for end tags that may be left out ({@code <li>} closes an open
 * {@code li}, a block closes an open {@code p}, and so on), so that the mark covers the element's
 * descendants and nothing after it. An end tag of an element not opened inside ends the scope,
 * since it closes an ancestor. Not thread-safe: one per page scan.
 */
final class IgnoreScope {
    private static final Set<String> CLOSE_P =
            Set.of(
                    "address",
                    "article",
                    "aside",
                    "blockquote",
                    "center",
                    "details",
                    "dialog",
                    "dir",
                    "div",
                    "dl",
                    "fieldset",
                    "figcaption",
                    "figure",
                    "footer",
                    "form",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "header",
                    "hgroup",
                    "hr",
                    "li",
                    "dd",
                    "dt",
                    "main",
                    "menu",
                    "nav",
                    "ol",
                    "p",
                    "pre",
                    "section",
                    "summary",
                    "table",
                    "ul",
                    "xmp",
                    "plaintext",
                    "listing");
    private static final Set<String> SCOPE =
            Set.of(
                    "table",
                    "td",
                    "th",
                    "caption",
                    "button",
                    "object",
                    "template",
                    "html",
                    "marquee",
                    "applet");

    /** The open elements, the marked one first; empty when outside any mark. */
    private final List<String> open = new ArrayList<>();

    boolean active() {
        return !open.isEmpty();
    }

    /**
     * Opens a marked element; {@code closed} for a void or self-closing one, which marks itself
     * only.
     */
    void mark(String name, boolean closed) {
        if (!closed) {
            open.add(name);
        }
    }

    /**
     * A start tag inside the scope: first the end tags it implies, which may close the marked
     * element itself; call {@link #active()} afterwards to know whether the new element is inside.
     */
    void beforeStart(String name) {
        switch (name) {
            case "li" -> closeTo(Set.of("li"), Set.of("ul", "ol", "menu"));
            case "dd", "dt" -> closeTo(Set.of("dd", "dt"), Set.of("dl"));
            case "tr" -> closeTo(Set.of("tr"), Set.of("table", "tbody", "thead", "tfoot"));
            case "td", "th" -> closeTo(Set.of("td", "th"), Set.of("tr", "table"));
            case "tbody", "thead", "tfoot" ->
                    closeTo(Set.of("tbody", "thead", "tfoot"), Set.of("table"));
            case "option" -> closeTop(Set.of("option"));
            case "optgroup" -> closeTop(Set.of("option", "optgroup"));
            case "a" -> closeTo(Set.of("a"), SCOPE);
            default -> {}
        }
        if (CLOSE_P.contains(name)) {
            closeTo(Set.of("p"), SCOPE);
        }
    }

    /** Adds an element opened inside the scope; {@code closed} for a void or self-closing one. */
    void start(String name, boolean closed) {
        if (!closed && active()) {
            open.add(name);
        }
    }

    /** An end tag: closes the element and those left open inside it. */
    void end(String name) {
        int i = open.lastIndexOf(name);
        if (i < 0) {
            if (!name.equals("p") && !name.equals("br")) {
                open.clear();
            }
            return;
        }
        open.subList(i, open.size()).clear();
    }

    /**
     * Closes the nearest open element named in {@code names}, unless a {@code boundary} comes
     * first.
     */
    private void closeTo(Set<String> names, Set<String> boundary) {
        for (int i = open.size() - 1; i >= 0; i--) {
            String n = open.get(i);
            if (names.contains(n)) {
                open.subList(i, open.size()).clear();
                return;
            }
            if (boundary.contains(n)) {
                return;
            }
        }
    }

    private void closeTop(Set<String> names) {
        if (active() && names.contains(open.get(open.size() - 1))) {
            open.remove(open.size() - 1);
        }
    }
}
