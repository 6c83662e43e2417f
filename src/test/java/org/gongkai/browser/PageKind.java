package org.gongkai.browser;

import java.util.Locale;

/**
 * The kinds of page a reader meets, each by one page of the test sites: the pages every browser
 * test visits.
 */
enum PageKind {
    HOME("/", ""),
    DEPARTMENT("/lx-zgh/", ""),
    DISCLOSURE("/lx-zgh/2023/", ""),
    DISCLOSURE_DAOXIAN("/dx-zgh/2023/", ""),
    YEAR("/years/2023/", ""),
    YEARS("/years/", ""),
    SEARCH("/search/", "住房公积金"),
    NOT_FOUND("/no-such-page/", ""),
    ENGLISH_DISCLOSURE("/en/lx-union/2023/", ""),
    ENGLISH_SEARCH("/en/search/", "housing provident");

    private final String path;
    private final String query;

    PageKind(String path, String query) {
        this.path = path;
        this.query = query;
    }

    String path() {
        return path;
    }

    /** The search query the page is opened with, so that it shows results; empty for none. */
    String query() {
        return query;
    }

    /** {@code disclosure-daoxian}: the name of its screenshots. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
