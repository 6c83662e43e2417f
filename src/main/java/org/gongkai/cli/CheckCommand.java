package org.gongkai.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gongkai.config.ConfigException;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.config.SiteConfigReader;
import org.gongkai.linkcheck.LinkChecker;
import org.gongkai.linkcheck.Report;
import org.gongkai.linkcheck.ReportFormat;
import org.gongkai.problem.ProblemList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai check [DIR]}: checks the links of a folder of HTML pages, ours or a web team's.
 * The base URL, the ignore patterns and the language of the reasons come from the {@code site.yaml}
 * of the current folder (or of {@code --site}) when there is one; {@code --base-url} overrides the
 * base URL, and {@code --ignore} adds patterns. Without any, root-relative links lead into DIR.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every link, image, script, style sheet and fragment of the pages in DIR.",
            "Offline unless --external is given. Exit code 0: no broken link; 1: broken links; 2:"
                    + " wrong usage."
        })
final class CheckCommand implements Callable<Integer> {
    private static final String SITE_YAML = "site.yaml";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "folder to check (default: site)")
    Path dir = Path.of("site");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), json or junit")
    String format = "text";

    @Option(
            names = "--site",
            paramLabel = "SITE",
            description =
                    "site folder whose site.yaml gives base_url, language and check.ignore"
                            + " (default: .)")
    Path site;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "where DIR is published (default: base_url of site.yaml, if there is one)")
    String baseUrl;

    @Option(
            names = "--ignore",
            paramLabel = "REGEX",
            description =
                    "do not check URLs this regular expression finds a match in (repeatable; adds"
                            + " to check.ignore)")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--external", description = "also check links to other sites, over the network")
    boolean external;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            description = "requests to one host at a time (default: 4)")
    int perHost = 4;

    @Option(
            names = "--max-requests",
            paramLabel = "N",
            description = "requests at a time in all (default: 32)")
    int total = 32;

    @Option(
            names = "--connect-timeout",
            paramLabel = "SECONDS",
            description = "to open a connection (default: 10)")
    int connectTimeout = 10;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "to wait for an answer (default: 20)")
    int timeout = 20;

    @Option(
            names = "--retries",
            paramLabel = "N",
            description = "attempts after a 5xx, 429 or timeout (default: 2)")
    int retries = 2;

    @Option(
            names = "--cache",
            paramLabel = "FILE",
            description =
                    "keeps working external links between runs (default:"
                            + " ~/.cache/gongkai/external-links.tsv)")
    Path cache;

    @Option(names = "--no-cache", description = "ask every server again")
    boolean noCache;

    @Option(
            names = "--cache-ttl",
            paramLabel = "HOURS",
            description = "how long a kept result is valid (default: 24)")
    int cacheTtl = 24;

    @Option(
            names = "--stats",
            description = "print how many pages and links were checked per second")
    boolean stats;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat = format();
        if (!Files.isDirectory(dir)) {
            throw usage("no folder " + dir + " to check");
        }
        if (site != null && !Files.isRegularFile(site.resolve(SITE_YAML))) {
            throw usage("no " + SITE_YAML + " in " + site);
        }
        Path siteDir = site != null ? site : Path.of(".");
        Optional<SiteConfig> config = Optional.empty();
        if (Files.isRegularFile(siteDir.resolve(SITE_YAML))) {
            ProblemList warnings = new ProblemList();
            try {
                config = Optional.of(new SiteConfigReader().read(siteDir, warnings));
            } catch (ConfigException e) {
                ProblemPrinter.print(e.problems(), Language.EN.locale(), err);
                err.println(
                        "check: "
                                + siteDir.resolve(SITE_YAML)
                                + " has errors: mend it, or name another site with --site");
                return ExitCode.USAGE;
            }
            ProblemPrinter.print(warnings.sorted(), locale(config), err);
        }
        LinkChecker.Builder builder = LinkChecker.builder();
        Optional<URI> base =
                baseUrl != null ? Optional.of(uri(baseUrl)) : config.map(SiteConfig::baseUrl);
        base.ifPresent(builder::baseUrl);
        builder.ignore(patterns(config));
        if (external) {
            external(builder);
        }
        Report report = builder.build().check(dir);
        String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
        reportFormat.write(report, out, locale(config), prefix);
        if (stats) {
            double seconds = Math.max(report.millis(), 1) / 1000.0;
            err.println(
                    String.format(
                            Locale.ROOT,
                            "checked %d pages (%d files) and %d links in %.2f s: %.0f pages/s, %.0f"
                                    + " links/s",
                            report.pages(),
                            report.files().size(),
                            report.links(),
                            seconds,
                            report.pages() / seconds,
                            report.links() / seconds));
        }
        return report.hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }

    private static Locale locale(Optional<SiteConfig> config) {
        return config.map(c -> c.language().locale()).orElse(Language.EN.locale());
    }

    /** check.ignore of site.yaml, then those of --ignore, each checked. */
    private List<String> patterns(Optional<SiteConfig> config) {
        List<String> patterns =
                new ArrayList<>(config.map(SiteConfig::checkIgnore).orElse(List.of()));
        for (String p : ignore) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw usage(
                        "--ignore " + p + " is not a regular expression: " + e.getDescription());
            }
            patterns.add(p);
        }
        return patterns;
    }

    private void external(LinkChecker.Builder builder) {
        if (perHost < 1
                || total < 1
                || connectTimeout < 1
                || timeout < 1
                || cacheTtl < 1
                || retries < 0) {
            throw usage(
                    "--per-host, --max-requests, --connect-timeout, --timeout and --cache-ttl must"
                            + " be 1 or more, --retries 0 or more");
        }
        builder.external(true)
                .perHost(perHost)
                .total(total)
                .connectTimeout(Duration.ofSeconds(connectTimeout))
                .readTimeout(Duration.ofSeconds(timeout))
                .retries(retries)
                .cacheTtl(Duration.ofHours(cacheTtl));
        if (!noCache) {
            builder.cache(cache != null ? cache : defaultCache());
        }
    }

    /** Where a user's cache files go: {@code $XDG_CACHE_HOME}, else {@code ~/.cache}. */
    private static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root =
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("gongkai").resolve("external-links.tsv");
    }

    private ReportFormat format() {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.toString().equals(format.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw usage("--format must be text, json or junit, not " + format);
    }

    private URI uri(String s) {
        try {
            URI u = new URI(s.strip());
            if (u.getScheme() != null
                    && u.getRawAuthority() != null
                    && (u.getScheme().equalsIgnoreCase("http")
                            || u.getScheme().equalsIgnoreCase("https"))) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below, with the other wrong forms
        }
        throw usage(
                "--base-url must be an absolute http or https URL such as"
                        + " https://budget.example.gov.cn/, not "
                        + s);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
