package org.gongkai.linkcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gives findings their line and column. The scan keeps byte offsets only: counting lines and
 * columns up to every reference of every page is a third of the work of a scan, and nearly all
 * references are fine. So the few files with findings are read a second time here (the same bytes,
 * converted the same way) and located with a {@link Locator}.
 */
final class FindingPositions {
    private FindingPositions() {}

    /**
     * @param where the file on disk that holds a path of the site
     */
    static List<LinkFinding> locate(Function<String, Path> where, List<PendingFinding> pending) {
        Map<String, List<PendingFinding>> byFile = new TreeMap<>();
        for (PendingFinding p : pending) {
            byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        }
        return byFile.entrySet().parallelStream()
                .flatMap(e -> locate(where, e.getKey(), e.getValue()).stream())
                .sorted(LinkFinding.ORDER)
                .toList();
    }

    private static List<LinkFinding> locate(
            Function<String, Path> where, String file, List<PendingFinding> findings) {
        List<PendingFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(PendingFinding::offset));
        Locator locator = null;
        if (sorted.get(sorted.size() - 1).offset() >= 0) {
            try {
                PageBytes page = PageBytes.read(where.apply(file));
                locator = new Locator(page.bytes(), page.start());
            } catch (IOException e) {
                locator =
                        null; // it was read a moment ago; if it is gone now, its findings go to 1:1
            }
        }
        List<LinkFinding> out = new ArrayList<>(sorted.size());
        for (PendingFinding p : sorted) {
            int line = 1;
            int column = 1;
            if (locator != null && p.offset() >= 0) {
                line = locator.line(p.offset());
                column = locator.column(p.offset());
            }
            out.add(new LinkFinding(p.severity(), file, line, column, p.url(), p.reason()));
        }
        return out;
    }
}
