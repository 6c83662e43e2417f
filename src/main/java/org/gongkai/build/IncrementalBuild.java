package org.gongkai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *   <li>the changed and new disclosures, and every disclosure of a department that gained or lost
 *       a year (each disclosure page links to its department's years);
 *   <li>the department and year pages whose summaries changed (all year pages when the set of
 *       years changed, since each lists them), and the overviews: years, home, sitemap, feed;
 *   <li>the search index: the changed pages' fragments and terms, fragments whose page moved to
 *       another number, and the shards;
 *   <li>the files of deleted disclosures, departments and years are removed.
 * </ul>
 *
 * Everything else comes from the cache: the summaries, profiles and problems of unchanged sources,
 * the postings of unchanged pages, and what the last link check learnt of each page. Every file is
 * compared with the site's own and staged only when its bytes differ; the staged pages are checked
 * with the pages that link to what changed, and only then moved into the site.
 */
final class IncrementalBuild {
    private final Setup setup;
    private final FullBuild.Recording recording;
    private final Timings timings;

    IncrementalBuild(Setup setup, FullBuild.Recording recording) {
        this.setup = setup;
        this.recording = recording;
        this.timings = setup.timings();
    }

    BuildResult run(CacheState state, ProblemList problems) {
        BuildOptions options = setup.options();
        ContentTree tree = timings.time(Phase.CHANGES, () -> ContentTree.scan(options.source()));
        problems.addAll(tree.problems());
        Map<String, DisclosureRecord> oldDisclosures = byName(state.disclosures(), r -> r.source().name());
        Map<String, ProfileRecord> oldProfiles = byName(state.profiles(), r -> r.source().name());
        Map<String, SourceStamp> known = new HashMap<>();
        oldDisclosures.forEach((name, r) -> known.put(name, r.source()));
        oldProfiles.forEach((name, r) -> known.put(name, r.source()));
        state.home().ifPresent(h -> known.put(h.source().name(), h.source()));
        List<SourceFile> files = new ArrayList<>(tree.disclosures());
        files.addAll(tree.profiles());
        tree.home().ifPresent(files::add);
        SourceChanges changes = timings.time(Phase.CHANGES,
                () -> SourceChanges.of(files, known, setup.stampTime()));
        if (changes.isEmpty() && tree.problems().isEmpty()) {
            return upToDate(state, changes, problems);
        }

        Map<String, List<Integer>> years = DisclosureStage.yearsBySlug(tree.disclosures());
        Set<String> renumbered = renumbered(years, state.disclosures());
        List<SourceFile> toRender = tree.disclosures().stream()
                .filter(f -> changes.changed().contains(f.name()) || renumbered.contains(f.slug()))
                .toList();
        OutputChanges out = OutputChanges.prepare(options.output());
        try {
            return build(state, problems, tree, changes, years, toRender, out);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    private BuildResult build(CacheState state, ProblemList problems, ContentTree tree, SourceChanges changes,
            Map<String, List<Integer>> years, List<SourceFile> toRender, OutputChanges out) {
        BuildOptions options = setup.options();
        Map<String, DisclosureRecord> oldDisclosures = byName(state.disclosures(), r -> r.source().name());
        Map<String, ProfileRecord> oldProfiles = byName(state.profiles(), r -> r.source().name());
        // A static file of the theme or site replaces a generated file of the same path, as in a
        // full build, where static files are copied last.
        Set<String> statics = new SitePages(setup.pages(), setup.config(), out, options.source())
                .staticFiles().keySet();
        SiteOutput output = (path, content) -> {
            if (!statics.contains(path)) {
                out.write(path, content);
            }
        };
        SearchIds ids = SearchIds.of(tree);
        SearchIndex changedPages = new SearchIndex(ids.count());
        DisclosureStage stage = new DisclosureStage(setup.loader(), setup.reconciler(), setup.pages(),
                Optional.of(output), options.strict(), years,
                tree.problems().stream().anyMatch(Problem::isError), changedPages, ids, timings, Progress.NONE);
        Map<String, DisclosureStage.Result> rendered = byName(
                toRender.parallelStream().map(stage::process).toList(), r -> r.file().name());

        List<DisclosureSummary> summaries = new ArrayList<>();
        List<DisclosureRecord> disclosureRecords = new ArrayList<>();
        for (SourceFile f : tree.disclosures()) {
            DisclosureStage.Result r = rendered.get(f.name());
            SourceStamp stamp = changes.stamps().get(f.name());
            if (r == null) {
                DisclosureRecord old = oldDisclosures.get(f.name());
                problems.addAll(old.problems());
                summaries.add(old.summary());
                disclosureRecords.add(new DisclosureRecord(stamp, old.summary(), old.problems(), old.files()));
            } else {
                problems.addAll(r.problems());
                r.summary().ifPresent(s -> {
                    summaries.add(s);
                    disclosureRecords.add(new DisclosureRecord(stamp, s, r.problems(), r.files()));
                });
            }
        }
        Map<String, DepartmentProfile> profiles = new TreeMap<>();
        List<ProfileRecord> profileRecords = new ArrayList<>();
        for (SourceFile f : tree.profiles()) {
            SourceStamp stamp = changes.stamps().get(f.name());
            ProfileRecord old = oldProfiles.get(f.name());
            if (old != null && !changes.changed().contains(f.name())) {
                problems.addAll(old.problems());
                profiles.put(f.slug(), old.profile());
                profileRecords.add(new ProfileRecord(stamp, old.profile(), old.problems()));
                continue;
            }
            Loaded<DepartmentProfile> p = timings.time(Phase.LOAD, () -> setup.loader().profile(f));
            problems.addAll(p.problems());
            p.value().ifPresent(v -> {
                profiles.put(f.slug(), v);
                profileRecords.add(new ProfileRecord(stamp, v, p.problems()));
            });
        }
        Optional<HomeRecord> homeRecord = Optional.empty();
        if (tree.home().isPresent()) {
            SourceFile f = tree.home().get();
            SourceStamp stamp = changes.stamps().get(f.name());
            Optional<HomeRecord> old = state.home().filter(h -> h.source().name().equals(f.name()));
            if (old.isPresent() && !changes.changed().contains(f.name())) {
                problems.addAll(old.get().problems());
                homeRecord = Optional.of(new HomeRecord(stamp, old.get().intro(), old.get().problems()));
            } else {
                Loaded<HomeIntro> h = timings.time(Phase.LOAD, () -> setup.loader().home(f));
                problems.addAll(h.problems());
                homeRecord = Optional.of(new HomeRecord(stamp, h.value().orElse(HomeIntro.NONE), h.problems()));
            }
        }
        if (problems.hasErrors()) {
            out.abort();
            return BuildResult.failed(1, problems.sorted(), setup.millis(), setup.config().language().locale(),
                    timings);
        }

        SitePages.Groups groups = SitePages.Groups.of(summaries, profiles.keySet());
        HomeIntro home = homeRecord.map(HomeRecord::intro).orElse(HomeIntro.NONE);
        Set<String> slugs = new TreeSet<>();
        Set<Integer> yearPages = new TreeSet<>();
        dirty(rendered, oldDisclosures, changes, oldProfiles, profiles, state, slugs, yearPages);
        Set<Integer> oldYears = new TreeSet<>();
        state.disclosures().forEach(r -> oldYears.add(r.summary().year()));
        if (!oldYears.equals(new TreeSet<>(groups.years()))) {
            // every year page lists every year
            yearPages.addAll(groups.years());
            yearPages.addAll(oldYears);
        }
        SitePages site = new SitePages(setup.pages(), setup.config(), output, options.source());
        List<Integer> changedIds = new ArrayList<>();
        int pages = rendered.size() + 2;
        timings.time(Phase.AGGREGATE, () -> {
            for (String slug : slugs) {
                if (groups.slugs().contains(slug)) {
                    site.department(slug, groups, profiles, changedPages, ids);
                    changedIds.add(ids.department(slug));
                } else {
                    delete(out, statics, slug + "/index.html");
                }
            }
            for (int y : yearPages) {
                if (groups.years().contains(y)) {
                    site.year(y, groups);
                } else {
                    delete(out, statics, "years/" + y + "/index.html");
                }
            }
            site.overviews(groups, profiles, home);
        });
        pages += (int) slugs.stream().filter(groups.slugs()::contains).count()
                + (int) yearPages.stream().filter(groups.years()::contains).count();
        for (String name : changes.deleted()) {
            DisclosureRecord old = oldDisclosures.get(name);
            if (old != null) {
                for (String f : old.files()) {
                    delete(out, statics, old.summary().url().substring(1) + f);
                }
            }
        }
        for (DisclosureStage.Result r : rendered.values()) {
            DisclosureRecord old = oldDisclosures.get(r.file().name());
            if (old != null) {
                for (String f : old.files()) {
                    if (!r.files().contains(f)) {
                        delete(out, statics, old.summary().url().substring(1) + f);
                    }
                }
            }
            changedIds.add(ids.disclosure(r.file().slug(), r.file().year()));
        }
        StoredIndex search = timings.time(Phase.SEARCH,
                () -> search(state, ids, changedPages, changedIds, out, output, statics));

        SiteLinks links = state.links();
        if (options.linkCheck()) {
            LinkStage.Checked checked = timings.time(Phase.LINK_CHECK, () -> LinkStage.checkChange(
                    setup.config(), state.links(), out, options.source(), options.output()));
            problems.addAll(checked.problems());
            links = checked.links();
            if (problems.hasErrors()) {
                out.abort();
                return BuildResult.failed(1, problems.sorted(), setup.millis(),
                        setup.config().language().locale(), timings);
            }
        }
        // Gone before the site changes, so that a build stopped half-way leaves no cache behind:
        // the next build is then a clean one.
        timings.time(Phase.CACHE, recording.cache()::delete);
        timings.time(Phase.SWAP, out::commit);
        CacheState next = new CacheState(recording.inputs(), OutputStamp.of(out.target()).orElseThrow(),
                disclosureRecords, profileRecords, homeRecord, search, links);
        timings.time(Phase.CACHE, () -> recording.cache().write(next));
        return new BuildResult(0, problems.sorted(), pages, out.files(), out.deleted().size(), out.bytes(),
                setup.millis(), setup.config().language().locale(), timings, true);
    }

    /** Nothing changed: the site stays as it is, and the problems are those the cache holds. */
    private BuildResult upToDate(CacheState state, SourceChanges changes, ProblemList problems) {
        state.disclosures().forEach(r -> problems.addAll(r.problems()));
        state.profiles().forEach(r -> problems.addAll(r.problems()));
        state.home().ifPresent(r -> problems.addAll(r.problems()));
        problems.addAll(LinkStage.problems(state.links(), setup.options().source(), setup.options().output()));
        boolean touched = state.disclosures().stream().anyMatch(r -> !r.source().equals(changes.stamps().get(r.source().name())))
                || state.profiles().stream().anyMatch(r -> !r.source().equals(changes.stamps().get(r.source().name())))
                || state.home().filter(r -> !r.source().equals(changes.stamps().get(r.source().name()))).isPresent();
        if (touched) {
            // Files touched without a change: keep their new times, so that the next build does
            // not read them again.
            CacheState next = new CacheState(state.inputs(), state.output(),
                    state.disclosures().stream().map(r -> new DisclosureRecord(
                            changes.stamps().get(r.source().name()), r.summary(), r.problems(), r.files())).toList(),
                    state.profiles().stream().map(r -> new ProfileRecord(
                            changes.stamps().get(r.source().name()), r.profile(), r.problems())).toList(),
                    state.home().map(r -> new HomeRecord(changes.stamps().get(r.source().name()), r.intro(),
                            r.problems())),
                    state.search(), state.links());
            timings.time(Phase.CACHE, () -> recording.cache().write(next));
        }
        return new BuildResult(0, problems.sorted(), 0, 0, 0, 0, setup.millis(),
                setup.config().language().locale(), timings, true);
    }

    /** The departments whose years differ from those the cache knows (new and gone ones too). */
    private static Set<String> renumbered(Map<String, List<Integer>> years, List<DisclosureRecord> old) {
        Map<String, List<Integer>> before = new TreeMap<>();
        for (DisclosureRecord r : old) {
            before.computeIfAbsent(r.summary().slug(), k -> new ArrayList<>()).add(r.summary().year());
        }
        before.values().forEach(l -> l.sort(null));
        Set<String> out = new HashSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(years.keySet());
        for (String slug : all) {
            if (!before.getOrDefault(slug, List.of()).equals(years.getOrDefault(slug, List.of()))) {
                out.add(slug);
            }
        }
        return out;
    }

    /**
     * Adds to {@code slugs} and {@code years} the department and year pages whose content may have
     * changed: those of disclosures added, deleted or with another summary, and the departments of
     * profiles added, deleted or changed.
     */
    private static void dirty(Map<String, DisclosureStage.Result> rendered, Map<String, DisclosureRecord> old,
            SourceChanges changes, Map<String, ProfileRecord> oldProfiles, Map<String, DepartmentProfile> profiles,
            CacheState state, Set<String> slugs, Set<Integer> years) {
        for (DisclosureStage.Result r : rendered.values()) {
            DisclosureRecord before = old.get(r.file().name());
            if (before == null || !before.summary().equals(r.summary().orElseThrow())) {
                slugs.add(r.file().slug());
                years.add(r.file().year());
            }
        }
        for (String name : changes.deleted()) {
            DisclosureRecord before = old.get(name);
            if (before != null) {
                slugs.add(before.summary().slug());
                years.add(before.summary().year());
            }
            ProfileRecord profile = oldProfiles.get(name);
            if (profile != null) {
                slugs.add(profile.profile().slug());
            }
        }
        for (String name : changes.changed()) {
            ProfileRecord before = oldProfiles.get(name);
            if (before != null) {
                slugs.add(before.profile().slug());
            }
        }
        // new profiles
        Set<String> knownProfiles = new HashSet<>();
        state.profiles().forEach(p -> knownProfiles.add(p.profile().slug()));
        for (String slug : profiles.keySet()) {
            if (!knownProfiles.contains(slug)) {
                slugs.add(slug);
            }
        }
    }

    /**
     * The postings after the change, and the index's files: the shards, the fragments of pages
     * that moved to another number (copied from their old place), and no fragment or shard beyond
     * the new counts.
     */
    private StoredIndex search(CacheState state, SearchIds ids, SearchIndex changedPages, List<Integer> changedIds,
            OutputChanges out, SiteOutput output, Set<String> statics) {
        SearchIds oldIds = oldIds(state);
        int[] moves = oldIds.movesTo(ids);
        int[] changed = changedIds.stream().mapToInt(Integer::intValue).toArray();
        StoredIndex search = state.search().update(moves, ids.count(), changedPages, changed);
        Set<Integer> rewritten = new HashSet<>(changedIds);
        Path site = out.target();
        for (int old = 0; old < moves.length; old++) {
            int now = moves[old];
            if (now >= 0 && now != old && !rewritten.contains(now)) {
                try {
                    output.write(SearchIndex.fragmentPath(now), Files.readAllBytes(site.resolve(SearchIndex.fragmentPath(old))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        for (int id = ids.count(); id < moves.length; id++) {
            delete(out, statics, SearchIndex.fragmentPath(id));
        }
        int shards = search.writeShards(output::write);
        Path folder = site.resolve(SearchIndex.FOLDER + "s");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    String number = name.substring(0, name.length() - ".json".length());
                    if (number.chars().allMatch(Character::isDigit) && Integer.parseInt(number) >= shards) {
                        delete(out, statics, SearchIndex.FOLDER + "s/" + name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return search;
    }

    /** The numbers the cached build gave its pages. */
    private static SearchIds oldIds(CacheState state) {
        List<String> slugs = new ArrayList<>();
        List<SearchIds.Key> keys = new ArrayList<>();
        for (DisclosureRecord r : state.disclosures()) {
            slugs.add(r.summary().slug());
            keys.add(new SearchIds.Key(r.summary().slug(), r.summary().year()));
        }
        state.profiles().forEach(p -> slugs.add(p.profile().slug()));
        return SearchIds.of(slugs, keys);
    }

    private static void delete(OutputChanges out, Set<String> statics, String path) {
        if (!statics.contains(path)) {
            out.delete(path);
        }
    }

    private static <T> Map<String, T> byName(List<T> list, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        for (T t : list) {
            out.put(name.apply(t), t);
        }
        return out;
    }
}
