package org.gongkai.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a style sheet's {@code url()} and {@code @import} references, located at themselves. A bare
 * {@code url(#id)} in a style sheet points into the sheet itself (SVG paint servers), not at a
 * page, so it is not a reference to check.
 */
final class CssScanner {
    private CssScanner() {}

    static ScannedPage scan(String path, PageBytes page) {
        byte[] b = page.bytes();
        List<Ref> refs = new ArrayList<>();
        CssUrls.urls(
                new ByteChars(b, page.end()),
                page.start(),
                page.end(),
                (s, e) -> {
                    if (e > s && b[s] == '#') {
                        return;
                    }
                    refs.add(new Ref(Chars.urlText(b, s, e, false), "url", s));
                });
        return new ScannedPage(path, Set.of(), refs, Optional.empty(), List.of());
    }
}
