package org.gongkai.build;

import java.util.List;
import java.util.Locale;
import org.gongkai.problem.Problem;

/**
 * What a build did: its problems (sorted by file, line, column), how many pages and files it wrote,
 * how long it took, and whether it succeeded.
 *
 * @param exitCode {@code 0} success, {@code 1} content errors or broken links, {@code 2}
 *     configuration errors
 * @param timings the time each phase took
 * @param locale the language to print problems in: the site's, English when its configuration
 *     could not be read
 */
public record BuildResult(
        int exitCode,
        List<Problem> problems,
        int pages,
        long files,
        long bytes,
        long millis,
        Locale locale,
        Timings timings) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
