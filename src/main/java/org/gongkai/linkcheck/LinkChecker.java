package org.gongkai.linkcheck;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * Checks every reference in a folder of HTML pages and style sheets, offline by default. Built
 * once, then shared: {@link #check} may run from many threads at once, and reads each page once, in
 * parallel, collecting its references and fragment targets in the same pass, before it resolves the
 * references against the files and targets found.
 *
 * <pre>
 * LinkChecker checker =
 *         LinkChecker.builder().baseUrl(URI.create("https://budget.example.gov.cn/")).build();
 * Report report = checker.check(Path.of("site"));
 * </pre>
 */
public final class LinkChecker {
    private final Optional<URI> baseUrl;
    private final List<Pattern> ignore;
    private final Optional<ExternalOptions> external;

    private LinkChecker(Builder b) {
        this.baseUrl = b.baseUrl;
        this.ignore = b.ignore.stream().map(Pattern::compile).toList();
        this.external =
                b.external
                        ? Optional.of(
                                new ExternalOptions(
                                        b.perHost,
                                        b.total,
                                        b.connectTimeout,
                                        b.readTimeout,
                                        b.retries,
                                        b.backoff,
                                        b.maxRetryAfter,
                                        b.cache,
                                        b.ttl))
                        : Optional.empty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the folder {@code dir}, which must exist. */
    public Report check(Path dir) {
        return checkFolder(dir, false).report();
    }

    /**
     * What a check found, and what it learnt of each page for checking a change of the folder later
     * ({@link SiteLinks#NONE} when it was not asked to record).
     */
    public record CheckedSite(Report report, SiteLinks links) {}

    /**
     * Checks the folder {@code dir} as {@link #check} does, and records what each page links to.
     */
    public CheckedSite checkRecording(Path dir) {
        return checkFolder(dir, true);
    }

    private CheckedSite checkFolder(Path dir, boolean record) {
        long start = System.nanoTime();
        SiteIndex index = SiteIndex.scan(dir);
        List<ScannedPage> scanned =
                index.sources().parallelStream().map(p -> read(dir.resolve(p), p)).toList();
        Map<String, ScannedPage> pages = new HashMap<>();
        for (ScannedPage p : scanned) {
            pages.put(p.path(), p);
        }
        Checked c = check(new LocalCheck(index, pages::get), scanned, record);
        List<LinkFinding> findings = FindingPositions.locate(dir::resolve, c.findings());
        return new CheckedSite(
                new Report(index.sources(), c.links(), findings, millis(start)),
                record ? SiteLinks.of(c.results(), findings) : SiteLinks.NONE);
    }

    /**
     * Checks what a change of a checked site can break, against the site as the change leaves it:
     * every page and style sheet in {@code staged} (new or changed) in full, and the other pages
     * that {@code before} says link to a file in {@code deleted} or to a fragment of a changed
     * page. The report's findings are those of a check of the whole changed site: the findings of
     * the pages read, and those {@code before} holds for the others. Its files are the files read.
     *
     * @param before what the check of {@code site} recorded
     * @param site the site before the change
     * @param staged a folder laid out like the site with the new and changed files only
     * @param deleted the paths of the files of {@code site} that the change removes
     */
    public CheckedSite checkChange(SiteLinks before, Path site, Path staged, Set<String> deleted) {
        long start = System.nanoTime();
        Set<String> changed = new HashSet<>(sources(staged));
        Set<String> read = new TreeSet<>(changed);
        read.addAll(before.linkingTo(changed, deleted));
        read.removeAll(deleted);
        Function<String, Path> where =
                p -> Files.isRegularFile(staged.resolve(p)) ? staged.resolve(p) : site.resolve(p);
        OverlayFiles files = new OverlayFiles(site, staged, deleted);
        List<ScannedPage> scanned =
                read.parallelStream().map(p -> read(where.apply(p), p)).toList();
        Map<String, ScannedPage> pages = new ConcurrentHashMap<>();
        for (ScannedPage p : scanned) {
            pages.put(p.path(), p);
        }
        // A fragment of a page not read is looked up in that page when a link first needs it.
        Function<String, ScannedPage> anyPage =
                p ->
                        pages.computeIfAbsent(
                                p, q -> files.isFile(q) ? read(where.apply(q), q) : null);
        Checked c = check(new LocalCheck(files, anyPage), scanned, true);
        List<LinkFinding> found = FindingPositions.locate(where, c.findings());
        Set<String> gone = new HashSet<>(deleted);
        gone.addAll(read);
        List<LinkFinding> findings = new ArrayList<>(before.findingsExcept(gone));
        findings.addAll(found);
        findings.sort(LinkFinding.ORDER);
        SiteLinks after = before.with(gone, c.results(), found);
        return new CheckedSite(
                new Report(List.copyOf(read), c.links(), findings, millis(start)), after);
    }

    /** The pages and style sheets in {@code dir}, sorted; none when it does not exist. */
    private static List<String> sources(Path dir) {
        return Files.isDirectory(dir) ? SiteIndex.scan(dir).sources() : List.of();
    }

    /** What checking the references of some scanned pages gave, before findings are located. */
    private record Checked(
            List<PageCheck.Result> results, List<PendingFinding> findings, int links) {}

    private Checked check(LocalCheck local, List<ScannedPage> scanned, boolean record) {
        PageCheck check = new PageCheck(new Resolver(baseUrl), local, ignore, record);
        List<PageCheck.Result> results = scanned.parallelStream().map(check::check).toList();
        List<PendingFinding> findings = new ArrayList<>();
        Map<String, List<PageCheck.ExternalRef>> externalRefs = new TreeMap<>();
        int links = 0;
        for (PageCheck.Result r : results) {
            findings.addAll(r.findings());
            links += r.links();
            for (PageCheck.ExternalRef e : r.external()) {
                externalRefs.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(e);
            }
        }
        if (external.isPresent() && !externalRefs.isEmpty()) {
            Map<String, Outcome> outcomes =
                    new ExternalLinks(external.get()).check(List.copyOf(externalRefs.keySet()));
            outcomes.forEach(
                    (url, o) -> {
                        if (!o.ok()) {
                            for (PageCheck.ExternalRef e : externalRefs.get(url)) {
                                findings.add(
                                        PendingFinding.of(
                                                o.severity(), e.file(), e.ref(), o.reason()));
                            }
                        }
                    });
        }
        return new Checked(results, findings, links);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ScannedPage read(Path file, String path) {
        PageBytes page;
        try {
            page = PageBytes.read(file);
        } catch (IOException e) {
            PendingFinding unreadable =
                    new PendingFinding(
                            Severity.ERROR,
                            path,
                            -1,
                            "",
                            Message.of("link.unreadable", e.getMessage()));
            return new ScannedPage(
                    path, Set.of(), List.of(), Optional.empty(), List.of(unreadable));
        }
        return SiteIndex.isPage(path) ? HtmlScanner.scan(path, page) : CssScanner.scan(path, page);
    }

    /** Options of a {@link LinkChecker}; each setter checks its value. Not thread-safe. */
    public static final class Builder {
        private Optional<URI> baseUrl = Optional.empty();
        private List<String> ignore = List.of();
        private boolean external;
        private int perHost = 4;
        private int total = 32;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(20);
        private int retries = 2;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private Optional<Path> cache = Optional.empty();
        private Duration ttl = Duration.ofHours(24);

        private Builder() {}

        /**
         * Where the folder is published, such as {@code https://budget.example.gov.cn/budget/}:
         * root-relative links resolve under its path, and absolute links to its host are checked as
         * files of the folder.
         */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "url");
            if (url.getScheme() == null
                    || url.getRawAuthority() == null
                    || !(url.getScheme().equalsIgnoreCase("http")
                            || url.getScheme().equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException(
                        "baseUrl must be an absolute http or https URL: " + url);
            }
            this.baseUrl = Optional.of(url);
            return this;
        }

        /**
         * Regular expressions; a URL that one of them finds a match in (as written, or resolved) is
         * not checked.
         */
        public Builder ignore(List<String> patterns) {
            for (String p : patterns) {
                Pattern.compile(Objects.requireNonNull(p, "pattern"));
            }
            this.ignore = List.copyOf(patterns);
            return this;
        }

        /** Also asks the servers of other sites whether their links work. */
        public Builder external(boolean on) {
            this.external = on;
            return this;
        }

        public Builder perHost(int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("perHost must be >= 1");
            }
            this.perHost = requests;
            return this;
        }

        public Builder total(int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("total must be >= 1");
            }
            this.total = requests;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = positive(d, "readTimeout");
            return this;
        }

        /** Further attempts after a 5xx answer, a 429 or a timeout. */
        public Builder retries(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("retries must be >= 0");
            }
            this.retries = n;
            return this;
        }

        /** The wait before the first retry, doubled before each further one. */
        public Builder backoff(Duration d) {
            this.backoff = positive(d, "backoff");
            return this;
        }

        /**
         * The longest {@code Retry-After} waited for; a server asking more gets a warning at once.
         */
        public Builder maxRetryAfter(Duration d) {
            this.maxRetryAfter = positive(d, "maxRetryAfter");
            return this;
        }

        /** The file that keeps working external URLs between runs; none by default. */
        public Builder cache(Path file) {
            this.cache = Optional.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** How long a kept result stays valid (24 hours by default). */
        public Builder cacheTtl(Duration d) {
            this.ttl = positive(d, "cacheTtl");
            return this;
        }

        public LinkChecker build() {
            return new LinkChecker(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be > 0");
            }
            return d;
        }
    }
}
