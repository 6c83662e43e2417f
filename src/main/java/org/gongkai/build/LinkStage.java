package org.gongkai.build;

import org.gongkai.config.SiteConfig;
import org.gongkai.linkcheck.LinkChecker;
import org.gongkai.linkcheck.LinkFinding;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * The last stage of a build: checks the links of the staged output, offline, before it replaces the
 * old site. Findings become problems of kind {@code link}, located in the output as the user knows
 * it ({@code site/lx-zgh/2023/index.html:40:12}), with the URL as written in place of the key path.
 */
final class LinkStage {
    private LinkStage() {}

    static List<Problem> check(SiteConfig config, Path staging, Path source, Path output) {
        LinkChecker checker =
                LinkChecker.builder()
                        .baseUrl(config.baseUrl())
                        .ignore(config.checkIgnore())
                        .build();
        String prefix = shown(source, output);
        return checker.check(staging).findings().stream().map(f -> problem(prefix, f)).toList();
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
