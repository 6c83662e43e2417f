package org.gongkai.linkcheck;

/**
 * One reference found in a page or style sheet.
 *
 * @param url the URL as written, with character references decoded
 * @param attr where it was written: an attribute name ({@code href}, {@code src}, {@code srcset}),
 *     or {@code url} for a CSS {@code url()} or {@code @import}
 * @param offset where in the file's UTF-8 bytes: the attribute name, or the URL itself when it is
 *     one of several in a value (srcset, CSS, meta refresh). Only the references that turn out
 *     broken are turned into lines and columns, by {@link FindingPositions}.
 */
record Ref(String url, String attr, int offset) {}
