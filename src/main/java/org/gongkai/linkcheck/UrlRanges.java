package org.gongkai.linkcheck;

/**
 * Receives the URLs found inside a larger text (a srcset, CSS, a refresh) as ranges of that text,
 * so that each can be located to its own line and column.
 */
@FunctionalInterface
interface UrlRanges {
    void url(int start, int end);
}
