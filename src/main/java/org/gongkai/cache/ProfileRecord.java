package org.gongkai.cache;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.problem.Problem;

/**
 * What a build knew of a department profile ({@code content/<slug>/_index.md}): kept whole, since
 * the home page needs every department's name and region, and reading 500 profiles again would cost
 * more than a rebuild of one disclosure.
 */
public record ProfileRecord(SourceStamp source, DepartmentProfile profile, List<Problem> problems) {
    public ProfileRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        problems = List.copyOf(problems);
    }
}
