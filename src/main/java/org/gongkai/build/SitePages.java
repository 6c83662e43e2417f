package org.gongkai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.output.Feed;
import org.gongkai.output.OutputDir;
import org.gongkai.output.Sitemap;
import org.gongkai.render.Format;
import org.gongkai.render.Pages;
import org.gongkai.search.SearchIndex;

/**
 * The pages and files that gather several disclosures (department, year, years, home, search, 404,
 * sitemap, feed, robots.txt), the department pages' part of the search index and the index's
 * postings, and the theme's and site's static files. Built from summaries only.
 */
final class SitePages {
    private final Pages pages;
    private final SiteConfig config;
    private final OutputDir out;
    private final Path source;

    SitePages(Pages pages, SiteConfig config, OutputDir out, Path source) {
        this.pages = pages;
        this.config = config;
        this.out = out;
        this.source = source;
    }

    /** Writes everything; returns the number of HTML pages written. */
    int write(List<DisclosureSummary> summaries, Map<String, DepartmentProfile> profiles, HomeIntro home,
            SearchIndex search, SearchIds searchIds) {
        Map<String, List<DisclosureSummary>> byDepartment = new TreeMap<>();
        Map<Integer, List<DisclosureSummary>> byYear = new TreeMap<>();
        for (DisclosureSummary s : summaries) {
            byDepartment.computeIfAbsent(s.slug(), k -> new ArrayList<>()).add(s);
            byYear.computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s);
        }
        byDepartment.values().forEach(l -> l.sort(Comparator.comparingInt(DisclosureSummary::year)));
        byYear.values().forEach(l -> l.sort(Comparator.comparing(DisclosureSummary::slug)));
        List<String> slugs = new ArrayList<>(byDepartment.keySet());
        profiles.keySet().stream().filter(s -> !byDepartment.containsKey(s)).forEach(slugs::add);
        slugs.sort(null);
        slugs.parallelStream().forEach(slug -> {
            DepartmentProfile profile = profiles.getOrDefault(slug, DepartmentProfile.empty(slug));
            List<DisclosureSummary> list = byDepartment.getOrDefault(slug, List.of());
            out.write(slug + "/index.html", pages.department(profile, list));
            search.add(pages.searchDocument(searchIds.department(slug), profile, list), out::write);
        });
        List<Integer> years = new ArrayList<>(byYear.keySet());
        years.parallelStream().forEach(y -> out.write("years/" + y + "/index.html", pages.year(y, byYear.get(y), years)));
        out.write("years/index.html", pages.years(byYear));
        out.write("index.html", pages.home(home, byDepartment, profiles, byYear));
        out.write("404.html", pages.notFound());
        out.write(SearchIndex.FOLDER + "index.html", pages.search());
        search.write(out::write);
        out.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.absolute("/sitemap.xml") + "\n");
        writeSitemap(slugs, years, summaries);
        writeFeed(summaries);
        copyStatic();
        return slugs.size() + years.size() + 4;
    }

    private void writeSitemap(List<String> slugs, List<Integer> years, List<DisclosureSummary> summaries) {
        List<Sitemap.Entry> entries = new ArrayList<>();
        entries.add(new Sitemap.Entry(config.absolute("/"), Optional.empty()));
        entries.add(new Sitemap.Entry(config.absolute("/years/"), Optional.empty()));
        for (Integer y : years) {
            entries.add(new Sitemap.Entry(config.absolute("/years/" + y + "/"), Optional.empty()));
        }
        for (String slug : slugs) {
            entries.add(new Sitemap.Entry(config.absolute("/" + slug + "/"), Optional.empty()));
        }
        summaries.stream()
                .sorted(Comparator.comparing(DisclosureSummary::slug).thenComparingInt(DisclosureSummary::year))
                .forEach(s -> entries.add(new Sitemap.Entry(config.absolute(s.url()), s.published().map(Object::toString))));
        for (String[] file : Sitemap.files(entries, config.baseUrl().toString())) {
            out.write(file[0], file[1]);
        }
    }

    private void writeFeed(List<DisclosureSummary> summaries) {
        List<Feed.Entry> entries = new ArrayList<>();
        for (DisclosureSummary s : summaries) {
            String kind = pages.messages().get("kind." + s.kind().key());
            String summary = s.actual()
                    .map(a -> pages.messages().format("feed.summary", s.department(), s.year(), kind, Format.amount(a), s.unit()))
                    .orElseGet(() -> pages.messages().format("feed.summary.short", s.department(), s.year(), kind));
            entries.add(new Feed.Entry(config.absolute(s.url()), s.title(), summary,
                    s.published().orElse(java.time.LocalDate.of(s.year(), 12, 31))));
        }
        out.write("feed.xml", Feed.atom(config.title(), config.baseUrl().toString(), config.language().tag(), entries));
    }

    /** Theme assets first (built-in, then the site's theme), then the site's own static files. */
    private void copyStatic() {
        List<Path> roots = new ArrayList<>(pages.themeRoots());
        java.util.Collections.reverse(roots);
        for (Path root : roots) {
            copyTree(root.resolve("static"));
        }
        copyTree(source.resolve("static"));
    }

    private void copyTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.copy(f, rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
