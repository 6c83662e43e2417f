package org.gongkai.cache;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.HomeIntro;
import org.gongkai.problem.Problem;

/** What a build knew of the home page's introduction ({@code content/_index.md}). */
public record HomeRecord(SourceStamp source, HomeIntro intro, List<Problem> problems) {
    public HomeRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(intro, "intro");
        problems = List.copyOf(problems);
    }
}
