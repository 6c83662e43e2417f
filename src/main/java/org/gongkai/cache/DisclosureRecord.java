package org.gongkai.cache;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.problem.Problem;

/**
 * What a build knew of one disclosure: its source, its summary (all that the pages across
 * disclosures need), its problems (warnings, since the build succeeded), and the names of the files
 * it wrote in its folder ({@code index.html}, {@code data.json}, one CSV per table).
 */
public record DisclosureRecord(
        SourceStamp source, DisclosureSummary summary, List<Problem> problems, List<String> files) {
    public DisclosureRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }
}
