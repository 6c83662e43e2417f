package org.gongkai.linkcheck;

import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
        long start = System.nanoTime();
        SiteIndex index = SiteIndex.scan(dir);
        List<ScannedPage> scanned =
                index.sources().parallelStream().map(p -> read(dir, p)).toList();
        Map<String, ScannedPage> pages = new HashMap<>();
        for (ScannedPage p : scanned) {
            pages.put(p.path(), p);
        }
        PageCheck check =
                new PageCheck(new Resolver(baseUrl), new LocalCheck(index, pages), ignore);
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
        return new Report(
                index.sources(),
                links,
                FindingPositions.locate(dir, findings),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static ScannedPage read(Path dir, String path) {
        PageBytes page;
        try {
            page = PageBytes.read(dir.resolve(path));
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
