package org.gongkai.config;

import java.util.List;
import org.gongkai.problem.Problem;

/** {@code site.yaml} is missing or wrong; the build stops before reading any content. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? "configuration error"
                        : problems.get(0).format(java.util.Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
