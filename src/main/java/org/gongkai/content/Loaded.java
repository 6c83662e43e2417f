package org.gongkai.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Problem;

/** What reading one file gave: the value, unless an error made it unusable, and the problems. */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {
    public Loaded {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
