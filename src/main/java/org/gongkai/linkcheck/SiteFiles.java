package org.gongkai.linkcheck;

import java.util.Optional;

/**
 * The files and folders of a checked site, by path relative to it with forward slashes ({@code
 * lx-zgh/2023/index.html}; the root folder is the empty string). Lookups are exact, as a
 * case-sensitive web server's are. Implementations are thread-safe.
 */
interface SiteFiles {
    boolean isFile(String path);

    boolean isFolder(String path);

    /** The file whose path differs from {@code path} in case only, if there is one. */
    Optional<String> sameIgnoringCase(String path);
}
