package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.DisclosureRecord;
import org.gongkai.cache.HomeRecord;
import org.gongkai.cache.OutputStamp;
import org.gongkai.cache.ProfileRecord;
import org.gongkai.cache.SourceStamp;
import org.gongkai.content.ContentTree;
import org.gongkai.content.Loaded;
import org.gongkai.content.SourceFile;
import org.gongkai.linkcheck.SiteLinks;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.output.OutputChanges;
import org.gongkai.output.SiteOutput;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.StoredIndex;

/**
 * A rebuild of an existing site from the cache of the build that made it, writing only what the
 * changed sources touch:
 *
 * <ul>
 *   <li>the changed and new disclosures, and every disclosure of a department that gained or lost a
 *       year (each disclosure page links to its department's years);
 *   <li>the department and year pages whose summaries changed ({@link TouchedPages}), and the
 *       overviews: years, home, sitemap, feed;
 *   <li>the search index ({@link SearchChanges});
 *   <li>the files of deleted disclosures, departments and years are removed.
 * </ul>
 *
 * Everything else comes from the cache: the summaries, profiles and problems of unchanged sources,
 * the postings of unchanged pages, and what the last link check learnt of each page. Every file is
 * compared with the site's own and staged only when its bytes differ; the staged pages are checked
 * with the pages that link to what changed, and only then moved into the site. On two cores the
 * pages across disclosures are rendered while the changed disclosures are.
 */
final class IncrementalBuild {
    private final Setup setup;
    private final FullBuild.Recording recording;
    private final Timings timings;

    /**
     * The output lacks a file the cache says it has (someone removed part of it): the site is then
     * built in full, as when the cache does not describe the output at all.
     */
    static final class StaleOutput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleOutput(String path) {
            super("the output has no " + path);
        }
    }

    IncrementalBuild(Setup setup, FullBuild.Recording recording) {
        this.setup = setup;
        this.recording = recording;
        this.timings = setup.timings();
    }

    /**
     * @param changes the sources of {@code tree} against those {@code state} knows
     */
    BuildResult run(
            CacheState state, ContentTree tree, SourceChanges changes, ProblemList problems) {
        problems.addAll(tree.problems());
        if (changes.isEmpty() && tree.problems().isEmpty()) {
            return upToDate(state, changes, problems);
        }
        OutputChanges out = OutputChanges.prepare(setup.options().output());
        try {
            return rebuild(state, tree, changes, problems, out);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    private BuildResult rebuild(
            CacheState state,
            ContentTree tree,
            SourceChanges changes,
            ProblemList problems,
            OutputChanges out) {
        BuildOptions options = setup.options();
        Map<String, DisclosureRecord> oldDisclosures =
                byName(state.disclosures(), r -> r.source().name());
        Map<String, List<Integer>> years = DisclosureStage.yearsBySlug(tree.disclosures());
        Set<String> renumbered = TouchedPages.renumbered(years, state.disclosures());
        List<SourceFile> toRender =
                tree.disclosures().stream()
                        .filter(
                                f ->
                                        changes.changed().contains(f.name())
                                                || renumbered.contains(f.slug()))
                        .toList();
        // A static file of the theme or site replaces a generated file of the same path, as in a
        // full build, where static files are copied last.
        Set<String> statics =
                new SitePages(setup.pages(), setup.config(), out, options.source())
                        .staticFiles()
                        .keySet();
        SiteOutput output =
                (path, content) -> {
                    if (!statics.contains(path)) {
                        out.write(path, content);
                    }
                };
        SearchIds ids = SearchIds.of(tree);
        SearchIndex changedPages = new SearchIndex(ids.count());
        DisclosureStage stage =
                new DisclosureStage(
                        setup.loader(),
                        setup.reconciler(),
                        setup.pages(),
                        Optional.of(output),
                        options.strict(),
                        years,
                        tree.problems().stream().anyMatch(Problem::isError),
                        changedPages,
                        ids,
                        timings,
                        Progress.NONE);
        Map<String, DisclosureStage.Read> read =
                byName(toRender.parallelStream().map(stage::read).toList(), r -> r.file().name());

        List<DisclosureSummary> summaries = new ArrayList<>();
        for (SourceFile f : tree.disclosures()) {
            DisclosureStage.Read r = read.get(f.name());
            List<Problem> found =
                    r == null ? oldDisclosures.get(f.name()).problems() : r.problems();
            problems.addAll(found);
            (r == null ? Optional.of(oldDisclosures.get(f.name()).summary()) : r.summary())
                    .ifPresent(summaries::add);
        }
        Map<String, DepartmentProfile> profiles = new TreeMap<>();
        List<ProfileRecord> profileRecords = profiles(state, tree, changes, profiles, problems);
        Optional<HomeRecord> home = home(state, tree, changes, problems);
        if (problems.hasErrors()) {
            out.abort();
            return BuildResult.failed(
                    1,
                    problems.sorted(),
                    setup.millis(),
                    setup.config().language().locale(),
                    timings);
        }

        SitePages.Groups groups = SitePages.Groups.of(summaries, profiles.keySet());
        TouchedPages touched =
                TouchedPages.of(read, oldDisclosures, changes, state, groups, profiles.keySet());
        SitePages site = new SitePages(setup.pages(), setup.config(), output, options.source());
        HomeIntro intro = home.map(HomeRecord::intro).orElse(HomeIntro.NONE);
        // The pages across disclosures on one core, the changed disclosures on the other.
        CompletableFuture<Void> aggregates =
                CompletableFuture.runAsync(
                        () ->
                                timings.time(
                                        Phase.AGGREGATE,
                                        () -> {
                                            for (String slug : touched.slugs()) {
                                                if (groups.slugs().contains(slug)) {
                                                    site.department(
                                                            slug,
                                                            groups,
                                                            profiles,
                                                            changedPages,
                                                            ids);
                                                }
                                            }
                                            for (int y : touched.years()) {
                                                if (groups.years().contains(y)) {
                                                    site.year(y, groups);
                                                }
                                            }
                                            site.overviews(groups, profiles, intro);
                                        }));
        Map<String, List<String>> written = new HashMap<>();
        read.values().parallelStream()
                .map(r -> Map.entry(r.file().name(), stage.write(r)))
                .toList()
                .forEach(e -> written.put(e.getKey(), e.getValue()));
        SiteBuild.join(aggregates);

        List<Integer> changedIds = new ArrayList<>();
        for (String slug : touched.slugs()) {
            if (groups.slugs().contains(slug)) {
                changedIds.add(ids.department(slug));
            } else {
                delete(out, statics, slug + "/index.html");
            }
        }
        for (int y : touched.years()) {
            if (!groups.years().contains(y)) {
                delete(out, statics, "years/" + y + "/index.html");
            }
        }
        for (String name : changes.deleted()) {
            DisclosureRecord old = oldDisclosures.get(name);
            if (old != null) {
                old.files()
                        .forEach(f -> delete(out, statics, old.summary().url().substring(1) + f));
            }
        }
        for (DisclosureStage.Read r : read.values()) {
            DisclosureRecord old = oldDisclosures.get(r.file().name());
            if (old != null) {
                old.files().stream()
                        .filter(f -> !written.get(r.file().name()).contains(f))
                        .forEach(f -> delete(out, statics, old.summary().url().substring(1) + f));
            }
            changedIds.add(ids.disclosure(r.file().slug(), r.file().year()));
        }
        List<String> sitemaps =
                SitePages.sitemapFiles(
                        summaries.size(), groups.slugs().size(), groups.years().size());
        for (String f :
                SitePages.sitemapFiles(
                        state.disclosures().size(),
                        oldSlugs(state).size(),
                        oldYears(state).size())) {
            if (!sitemaps.contains(f)) {
                delete(out, statics, f);
            }
        }
        StoredIndex search =
                timings.time(
                        Phase.SEARCH,
                        () ->
                                SearchChanges.apply(
                                        state,
                                        ids,
                                        changedPages,
                                        changedIds,
                                        out.target(),
                                        output,
                                        path -> delete(out, statics, path)));

        SiteLinks links = state.links();
        if (options.linkCheck()) {
            LinkStage.Checked checked =
                    timings.time(
                            Phase.LINK_CHECK,
                            () ->
                                    LinkStage.checkChange(
                                            setup.config(),
                                            state.links(),
                                            out,
                                            options.source(),
                                            options.output()));
            problems.addAll(checked.problems());
            links = checked.links();
            if (problems.hasErrors()) {
                out.abort();
                return BuildResult.failed(
                        1,
                        problems.sorted(),
                        setup.millis(),
                        setup.config().language().locale(),
                        timings);
            }
        }
        // Gone before the site changes, so that a build stopped half-way leaves no cache behind:
        // the next build is then a clean one.
        timings.time(Phase.CACHE, recording.cache()::invalidate);
        timings.time(Phase.SWAP, out::commit);
        List<DisclosureRecord> records = new ArrayList<>();
        for (SourceFile f : tree.disclosures()) {
            DisclosureStage.Read r = read.get(f.name());
            SourceStamp stamp = changes.stamps().get(f.name());
            DisclosureRecord old = oldDisclosures.get(f.name());
            records.add(
                    r == null
                            ? new DisclosureRecord(
                                    stamp, old.summary(), old.problems(), old.files())
                            : new DisclosureRecord(
                                    stamp,
                                    r.summary().orElseThrow(),
                                    r.problems(),
                                    written.get(f.name())));
        }
        CacheState next =
                new CacheState(
                        recording.inputs(),
                        OutputStamp.of(out.target()).orElseThrow(),
                        records,
                        profileRecords,
                        home,
                        search,
                        links);
        timings.time(Phase.CACHE, () -> recording.cache().write(next));
        int pages =
                read.size()
                        + 2
                        + (int) touched.slugs().stream().filter(groups.slugs()::contains).count()
                        + (int) touched.years().stream().filter(groups.years()::contains).count();
        return new BuildResult(
                0,
                problems.sorted(),
                pages,
                out.files(),
                out.deleted().size(),
                out.bytes(),
                setup.millis(),
                setup.config().language().locale(),
                timings,
                true);
    }

    /** The profiles as the cache knew them, or as reading the changed ones gives them. */
    private List<ProfileRecord> profiles(
            CacheState state,
            ContentTree tree,
            SourceChanges changes,
            Map<String, DepartmentProfile> profiles,
            ProblemList problems) {
        Map<String, ProfileRecord> old = byName(state.profiles(), r -> r.source().name());
        List<ProfileRecord> records = new ArrayList<>();
        for (SourceFile f : tree.profiles()) {
            SourceStamp stamp = changes.stamps().get(f.name());
            ProfileRecord before = old.get(f.name());
            if (before != null && !changes.changed().contains(f.name())) {
                problems.addAll(before.problems());
                profiles.put(f.slug(), before.profile());
                records.add(new ProfileRecord(stamp, before.profile(), before.problems()));
                continue;
            }
            Loaded<DepartmentProfile> p = timings.time(Phase.LOAD, () -> setup.loader().profile(f));
            problems.addAll(p.problems());
            p.value()
                    .ifPresent(
                            v -> {
                                profiles.put(f.slug(), v);
                                records.add(new ProfileRecord(stamp, v, p.problems()));
                            });
        }
        return records;
    }

    /** The home page's introduction as the cache knew it, or as reading it gives it. */
    private Optional<HomeRecord> home(
            CacheState state, ContentTree tree, SourceChanges changes, ProblemList problems) {
        if (tree.home().isEmpty()) {
            return Optional.empty();
        }
        SourceFile f = tree.home().get();
        SourceStamp stamp = changes.stamps().get(f.name());
        Optional<HomeRecord> before = state.home().filter(h -> h.source().name().equals(f.name()));
        if (before.isPresent() && !changes.changed().contains(f.name())) {
            problems.addAll(before.get().problems());
            return Optional.of(
                    new HomeRecord(stamp, before.get().intro(), before.get().problems()));
        }
        Loaded<HomeIntro> h = timings.time(Phase.LOAD, () -> setup.loader().home(f));
        problems.addAll(h.problems());
        return Optional.of(new HomeRecord(stamp, h.value().orElse(HomeIntro.NONE), h.problems()));
    }

    /** Nothing changed: the site stays as it is, and the problems are those the cache holds. */
    private BuildResult upToDate(CacheState state, SourceChanges changes, ProblemList problems) {
        state.disclosures().forEach(r -> problems.addAll(r.problems()));
        state.profiles().forEach(r -> problems.addAll(r.problems()));
        state.home().ifPresent(r -> problems.addAll(r.problems()));
        problems.addAll(
                LinkStage.problems(
                        state.links(), setup.options().source(), setup.options().output()));
        Function<SourceStamp, SourceStamp> now = s -> changes.stamps().get(s.name());
        boolean touched =
                state.disclosures().stream()
                                .anyMatch(r -> !r.source().equals(now.apply(r.source())))
                        || state.profiles().stream()
                                .anyMatch(r -> !r.source().equals(now.apply(r.source())))
                        || state.home()
                                .filter(r -> !r.source().equals(now.apply(r.source())))
                                .isPresent();
        if (touched) {
            // Files touched without a change: keep their new times, so that the next build does
            // not read them again.
            CacheState next =
                    new CacheState(
                            state.inputs(),
                            state.output(),
                            state.disclosures().stream()
                                    .map(
                                            r ->
                                                    new DisclosureRecord(
                                                            now.apply(r.source()),
                                                            r.summary(),
                                                            r.problems(),
                                                            r.files()))
                                    .toList(),
                            state.profiles().stream()
                                    .map(
                                            r ->
                                                    new ProfileRecord(
                                                            now.apply(r.source()),
                                                            r.profile(),
                                                            r.problems()))
                                    .toList(),
                            state.home()
                                    .map(
                                            r ->
                                                    new HomeRecord(
                                                            now.apply(r.source()),
                                                            r.intro(),
                                                            r.problems())),
                            state.search(),
                            state.links());
            timings.time(Phase.CACHE, () -> recording.cache().write(next));
        }
        return new BuildResult(
                0,
                problems.sorted(),
                0,
                0,
                0,
                0,
                setup.millis(),
                setup.config().language().locale(),
                timings,
                true);
    }

    private static Set<String> oldSlugs(CacheState state) {
        Set<String> slugs = new TreeSet<>();
        state.disclosures().forEach(r -> slugs.add(r.summary().slug()));
        state.profiles().forEach(r -> slugs.add(r.profile().slug()));
        return slugs;
    }

    private static Set<Integer> oldYears(CacheState state) {
        Set<Integer> years = new TreeSet<>();
        state.disclosures().forEach(r -> years.add(r.summary().year()));
        return years;
    }

    private static void delete(OutputChanges out, Set<String> statics, String path) {
        if (!statics.contains(path)) {
            out.delete(path);
        }
    }

    static <T> Map<String, T> byName(List<T> list, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        for (T t : list) {
            out.put(name.apply(t), t);
        }
        return out;
    }
}
