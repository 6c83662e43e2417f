package org.gongkai.linkcheck;

import java.util.List;

/**
 * What a check found.
 *
 * @param files the pages and style sheets read, relative to the checked folder, sorted
 * @param links the references found in them, except those ignored by a pattern or {@code
 *     data-check-ignore}
 * @param findings sorted by {@link LinkFinding#ORDER}
 * @param millis how long the check took
 */
public record Report(List<String> files, int links, List<LinkFinding> findings, long millis) {
    public Report {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The HTML pages among the files. */
    public long pages() {
        return files.stream().filter(SiteIndex::isPage).count();
    }

    public long errors() {
        return findings.stream().filter(LinkFinding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }
}
