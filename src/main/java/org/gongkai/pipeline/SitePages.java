package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.output.Feed;
import org.gongkai.output.SiteOutput;
import org.gongkai.output.Sitemap;
import org.gongkai.render.Format;
import org.gongkai.render.Pages;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.StoredIndex;

/**
 * The pages and files that gather several disclosures (department, year, years, home, search, 404,
 * sitemap, feed, robots.txt), the department pages' part of the search index and the index's
 * postings, and the theme's and site's static files. Built from summaries only. A full build writes
 * them all ({@link #write}); a rebuild writes the department and year pages a change touched and
 * the overviews ({@link #department}, {@link #year}, {@link #overviews}).
 */
final class SitePages {
    private final Pages pages;
    private final SiteConfig config;
    private final SiteOutput out;
    private final Path source;

    SitePages(Pages pages, SiteConfig config, SiteOutput out, Path source) {
        this.pages = pages;
        this.config = config;
        this.out = out;
        this.source = source;
    }

    /**
     * The summaries of a site grouped once, by department (by year within it) and by year (by slug
     * within it), so that no page scans them all.
     *
     * @param slugs every department with a page: those with disclosures and those with a profile
     * @param years every year with a disclosure, ascending
     */
    record Groups(
            List<DisclosureSummary> summaries,
            Map<String, List<DisclosureSummary>> byDepartment,
            Map<Integer, List<DisclosureSummary>> byYear,
            List<String> slugs,
            List<Integer> years) {

        static Groups of(List<DisclosureSummary> summaries, Set<String> profiles) {
            Map<String, List<DisclosureSummary>> byDepartment = new TreeMap<>();
            Map<Integer, List<DisclosureSummary>> byYear = new TreeMap<>();
            for (DisclosureSummary s : summaries) {
                byDepartment.computeIfAbsent(s.slug(), k -> new ArrayList<>()).add(s);
                byYear.computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s);
            }
            byDepartment
                    .values()
                    .forEach(l -> l.sort(Comparator.comparingInt(DisclosureSummary::year)));
            byYear.values().forEach(l -> l.sort(Comparator.comparing(DisclosureSummary::slug)));
            List<String> slugs = new ArrayList<>(byDepartment.keySet());
            profiles.stream().filter(s -> !byDepartment.containsKey(s)).forEach(slugs::add);
            slugs.sort(null);
            return new Groups(
                    List.copyOf(summaries),
                    byDepartment,
                    byYear,
                    List.copyOf(slugs),
                    List.copyOf(byYear.keySet()));
        }
    }

    /** What a full build wrote: the number of HTML pages, and the search index's postings. */
    record Written(int pages, StoredIndex search) {}

    /** Writes everything. */
    Written write(
            Groups g,
            Map<String, DepartmentProfile> profiles,
            HomeIntro home,
            SearchIndex search,
            SearchIds searchIds) {
        g.slugs().parallelStream()
                .forEach(slug -> department(slug, g, profiles, search, searchIds));
        g.years().parallelStream().forEach(y -> year(y, g));
        out.write("404.html", pages.notFound());
        out.write(SearchIndex.FOLDER + "index.html", pages.search());
        StoredIndex stored = search.write(out::write);
        out.write(
                "robots.txt",
                "User-agent: *\nAllow: /\nSitemap: " + config.absolute("/sitemap.xml") + "\n");
        overviews(g, profiles, home);
        copyStatic();
        return new Written(g.slugs().size() + g.years().size() + 4, stored);
    }

    /** A department's page, and its part of the search index. */
    void department(
            String slug,
            Groups g,
            Map<String, DepartmentProfile> profiles,
            SearchIndex search,
            SearchIds searchIds) {
        DepartmentProfile profile = profiles.getOrDefault(slug, DepartmentProfile.empty(slug));
        List<DisclosureSummary> list = g.byDepartment().getOrDefault(slug, List.of());
        out.write(slug + "/index.html", pages.department(profile, list));
        search.add(pages.searchDocument(searchIds.department(slug), profile, list), out::write);
    }

    void year(int year, Groups g) {
        out.write(
                "years/" + year + "/index.html", pages.year(year, g.byYear().get(year), g.years()));
    }

    /**
     * The pages that every change may touch: the years, the home page, the sitemap and the feed.
     */
    void overviews(Groups g, Map<String, DepartmentProfile> profiles, HomeIntro home) {
        out.write("years/index.html", pages.years(g.byYear()));
        out.write("index.html", pages.home(home, g.byDepartment(), profiles, g.byYear()));
        writeSitemap(g);
        writeFeed(g.summaries());
    }

    /** The sitemap's files for a site of so many disclosures, departments and years. */
    static List<String> sitemapFiles(int disclosures, int departments, int years) {
        return Sitemap.names(2 + years + departments + disclosures);
    }

    private void writeSitemap(Groups g) {
        List<Sitemap.Entry> entries = new ArrayList<>();
        entries.add(new Sitemap.Entry(config.absolute("/"), Optional.empty()));
        entries.add(new Sitemap.Entry(config.absolute("/years/"), Optional.empty()));
        for (Integer y : g.years()) {
            entries.add(new Sitemap.Entry(config.absolute("/years/" + y + "/"), Optional.empty()));
        }
        for (String slug : g.slugs()) {
            entries.add(new Sitemap.Entry(config.absolute("/" + slug + "/"), Optional.empty()));
        }
        g.summaries().stream()
                .sorted(
                        Comparator.comparing(DisclosureSummary::slug)
                                .thenComparingInt(DisclosureSummary::year))
                .forEach(
                        s ->
                                entries.add(
                                        new Sitemap.Entry(
                                                config.absolute(s.url()),
                                                s.published().map(Object::toString))));
        for (String[] file : Sitemap.files(entries, config.baseUrl().toString())) {
            out.write(file[0], file[1]);
        }
    }

    private void writeFeed(List<DisclosureSummary> summaries) {
        List<Feed.Entry> entries = new ArrayList<>();
        for (DisclosureSummary s : summaries) {
            String kind = pages.messages().get("kind." + s.kind().key());
            String summary =
                    s.actual()
                            .map(
                                    a ->
                                            pages.messages()
                                                    .format(
                                                            "feed.summary",
                                                            s.department(),
                                                            s.year(),
                                                            kind,
                                                            Format.amount(a),
                                                            s.unit()))
                            .orElseGet(
                                    () ->
                                            pages.messages()
                                                    .format(
                                                            "feed.summary.short",
                                                            s.department(),
                                                            s.year(),
                                                            kind));
            entries.add(
                    new Feed.Entry(
                            config.absolute(s.url()),
                            s.title(),
                            summary,
                            s.published().orElse(LocalDate.of(s.year(), 12, 31))));
        }
        out.write(
                "feed.xml",
                Feed.atom(
                        config.title(),
                        config.baseUrl().toString(),
                        config.language().tag(),
                        entries));
    }

    /** Theme assets first (built-in, then the site's theme), then the site's own static files. */
    private void copyStatic() {
        try {
            for (Map.Entry<String, Path> f : staticFiles().entrySet()) {
                out.write(f.getKey(), Files.readAllBytes(f.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The static files by site path, in the order they are copied: a later one replaces an earlier
     * one of the same path, and any of them replaces a page the build generates there.
     */
    Map<String, Path> staticFiles() {
        List<Path> roots = new ArrayList<>(pages.themeRoots());
        Collections.reverse(roots);
        roots.replaceAll(r -> r.resolve("static"));
        roots.add(source.resolve("static"));
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path dir : roots) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(dir.relativize(f).toString().replace('\\', '/'), f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
