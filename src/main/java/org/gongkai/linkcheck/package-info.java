/**
 * The link checker: proves that every reference in a folder of HTML pages and style sheets
 * resolves, as the web server will serve it, before the folder is published. {@link
 * org.gongkai.linkcheck.LinkChecker} is the engine and {@link org.gongkai.linkcheck.ReportFormat}
 * writes its {@link org.gongkai.linkcheck.Report} as text, JSON or JUnit XML.
 *
 * <p>How a check runs: the folder is listed once ({@code SiteIndex}); every page and style sheet is
 * read once, in parallel, by a byte-level scanner that collects references and fragment targets in
 * the same pass ({@code HtmlScanner}, {@code CssScanner}); then every reference is resolved ({@code
 * Resolver}) and checked against the listing and the targets ({@code LocalCheck}), again in
 * parallel; links to other sites are asked about only with {@code external} ({@code
 * ExternalLinks}). Only the references found broken get a line and column ({@code
 * FindingPositions}).
 *
 * <p>Decisions where the issue left room:
 *
 * <ul>
 *   <li>A finding is located at the attribute's name, as jsoup's {@code Attributes.sourceRange}
 *       locates it; a URL that is one of several in a value (srcset, CSS {@code url()}, a refresh)
 *       at the URL itself, unless the value holds character references. Lines and columns are
 *       1-based, columns counted in UTF-16 units as jsoup counts them.
 *   <li>The URL reported is the attribute's value with character references decoded.
 *   <li>{@code checked.links} counts every reference found, of any scheme, except those skipped by
 *       an ignore pattern or {@code data-check-ignore}; {@code checked.files} counts the pages
 *       ({@code .html}, {@code .htm}) and style sheets read.
 *   <li>An ignore pattern skips a URL when it finds a match in the URL as written or in the
 *       absolute URL it resolves to (with a base URL).
 *   <li>An empty {@code href} is a warning; any other empty URL attribute ({@code src=""}) is an
 *       error, since it loads the page itself in place of an image or script.
 *   <li>A folder's URL without its slash works when the folder has an {@code index.html}, since web
 *       servers redirect it.
 *   <li>An absolute URL to the site's host but outside the path of {@code base_url} belongs to
 *       another site on that host: it is external.
 *   <li>A {@code mailto:} address needs a domain with a dot; a {@code tel:} a digit.
 *   <li>Pages in another encoding than UTF-8 (a {@code charset} in a {@code <meta>}, or a UTF-16
 *       byte order mark) are converted first; GB2312 and GBK are read as GB18030, as browsers do.
 * </ul>
 */
package org.gongkai.linkcheck;
