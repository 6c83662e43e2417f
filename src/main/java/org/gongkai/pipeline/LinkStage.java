package org.gongkai.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.config.SiteConfig;
import org.gongkai.linkcheck.LinkChecker;
import org.gongkai.linkcheck.LinkFinding;
import org.gongkai.linkcheck.SiteLinks;
import org.gongkai.output.OutputChanges;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;

/**
 * The last stage of a build: checks the links of the staged output, offline, before it replaces the
 * old site. Findings become problems of kind {@code link}, located in the output as the user knows
 * it ({@code site/lx-zgh/2023/index.html:40:12}), with the URL as written in place of the key path.
 */
final class LinkStage {
    private LinkStage() {}

    /** What the check found, and what it learnt of each page for the next build. */
    record Checked(List<Problem> problems, SiteLinks links) {}

    /** Checks the whole new site in {@code staging}; records what each page links to when asked. */
    static Checked check(
            SiteConfig config, Path staging, Path source, Path output, boolean record) {
        LinkChecker checker = checker(config);
        LinkChecker.CheckedSite c =
                record
                        ? checker.checkRecording(staging)
                        : new LinkChecker.CheckedSite(checker.check(staging), SiteLinks.NONE);
        return new Checked(problems(c, source, output), c.links());
    }

    /**
     * Checks what {@code changes} can break in the site {@code before} describes: the staged pages,
     * and the pages that link to a deleted file or to a fragment of a changed page.
     */
    static Checked checkChange(
            SiteConfig config, SiteLinks before, OutputChanges changes, Path source, Path output) {
        LinkChecker.CheckedSite c =
                checker(config)
                        .checkChange(
                                before, changes.target(), changes.staging(), changes.deleted());
        return new Checked(problems(c, source, output), c.links());
    }

    private static LinkChecker checker(SiteConfig config) {
        return LinkChecker.builder().baseUrl(config.baseUrl()).ignore(config.checkIgnore()).build();
    }

    private static List<Problem> problems(LinkChecker.CheckedSite c, Path source, Path output) {
        return problems(c.report().findings(), source, output);
    }

    /** The findings a check recorded in {@code links}, as problems. */
    static List<Problem> problems(SiteLinks links, Path source, Path output) {
        return problems(links.findings(), source, output);
    }

    private static List<Problem> problems(List<LinkFinding> findings, Path source, Path output) {
        String prefix = shown(source, output);
        return findings.stream().map(f -> problem(prefix, f)).toList();
    }

    private static Problem problem(String prefix, LinkFinding f) {
        String file = prefix + f.file();
        Pos pos = Pos.of(f.line(), f.column());
        return f.isError()
                ? Problem.error("link", file, pos, f.url(), f.reason())
                : Problem.warning("link", file, pos, f.url(), f.reason());
    }

    /**
     * The output folder as the user names it: relative to the site folder when inside it, as other
     * problems' files are ({@code site/}), else as an absolute path.
     */
    static String shown(Path source, Path output) {
        Path s = source.toAbsolutePath().normalize();
        Path o = output.toAbsolutePath().normalize();
        Path shown = o.startsWith(s) && !o.equals(s) ? s.relativize(o) : o;
        return shown.toString().replace('\\', '/') + "/";
    }
}
