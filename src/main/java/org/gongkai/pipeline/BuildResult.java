package org.gongkai.pipeline;

import java.util.List;
import java.util.Locale;
import org.gongkai.problem.Problem;

/**
 * What a build did: its problems (sorted by file, line, column), how many pages it rendered and
 * files it wrote, how long it took, and whether it succeeded.
 *
 * @param exitCode {@code 0} success, {@code 1} content errors or broken links, {@code 2}
 *     configuration errors
 * @param pages the HTML pages rendered
 * @param files the files written: every file of the site by a full build, only those whose bytes
 *     changed by an incremental one
 * @param deleted the files an incremental build removed from the site
 * @param timings the time each phase took
 * @param locale the language to print problems in: the site's, English when its configuration could
 *     not be read
 * @param incremental whether the build changed the existing site instead of writing a new one
 */
public record BuildResult(
        int exitCode,
        List<Problem> problems,
        int pages,
        long files,
        long deleted,
        long bytes,
        long millis,
        Locale locale,
        Timings timings,
        boolean incremental) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    /** A build that failed, or that wrote nothing (validate). */
    static BuildResult failed(
            int exitCode, List<Problem> problems, long millis, Locale locale, Timings timings) {
        return new BuildResult(exitCode, problems, 0, 0, 0, 0, millis, locale, timings, false);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
