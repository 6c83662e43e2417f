package org.gongkai.linkcheck;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one pass over a page or style sheet found.
 *
 * @param path the file, relative to the checked folder, with forward slashes
 * @param anchors the fragment targets: every {@code id}, and the {@code name} of every {@code a}
 * @param refs the references to check, in document order
 * @param base the {@code href} of the first {@code <base>}, if any
 * @param findings what the scan itself reports (an image without alt text)
 */
record ScannedPage(
        String path,
        Set<String> anchors,
        List<Ref> refs,
        Optional<String> base,
        List<PendingFinding> findings) {
    // No defensive copies: the scanner hands over collections it no longer touches, and copying
    // half a million references of a large site would only feed the garbage collector.
}
