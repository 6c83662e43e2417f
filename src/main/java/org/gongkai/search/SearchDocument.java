package org.gongkai.search;

import java.util.List;
import java.util.Objects;

/**
 * One page as the search index sees it.
 *
 * @param id the page's number in the index, from 0; the search page ranks equal scores by it
 * @param url the page's address as written in links (under the site's base path)
 * @param year the year as printed; empty for a department page
 * @param kind what the page is, as printed ({@code 部门决算}, {@code 部门概况})
 * @param names what names the page (department, title, region, year, kind, classification codes); a
 *     match ranks high, and words of digits in them (years, codes) are searchable
 * @param keys short texts of the page's structure (headings, table captions, line items,
 *     indicators); a match ranks high, and they are quoted in snippets
 * @param text the running text (the narrative), searched and quoted in snippets
 */
public record SearchDocument(
        int id,
        String url,
        String title,
        String department,
        String year,
        String kind,
        List<String> names,
        List<String> keys,
        List<String> text) {

    public SearchDocument {
        if (id < 0) {
            throw new IllegalArgumentException("id must be >= 0");
        }
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        keys = List.copyOf(keys);
        text = List.copyOf(text);
    }
}
