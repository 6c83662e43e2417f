package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.cache.BuildCache;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.DisclosureRecord;
import org.gongkai.cache.HomeRecord;
import org.gongkai.cache.Inputs;
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
import org.gongkai.output.OutputDir;
import org.gongkai.output.SiteOutput;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.gongkai.search.SearchIndex;

/**
 * A build of the whole site into a new folder, swapped in for the old one when complete.
 * Disclosures are read, checked, rendered and written in parallel, each on its own; the pages that
 * gather several disclosures are built afterwards from their summaries. Any content error discards
 * the new output and leaves the old site as it was, and so does a broken link in the new output.
 * When recording, every source file is stamped before it is read, and what the next build needs is
 * written to the cache once the new site is in place.
 */
final class FullBuild {
    /** Where to keep what this build learns, and the inputs it was made from. */
    record Recording(BuildCache cache, Inputs inputs) {}

    private final Setup setup;
    private final Timings timings;

    FullBuild(Setup setup) {
        this.setup = setup;
        this.timings = setup.timings();
    }

    BuildResult run(ContentTree tree, ProblemList problems, Optional<Recording> recording) {
        BuildOptions options = setup.options();
        problems.addAll(tree.problems());
        // Stamped before any is read, so that a file changed while the build reads it is found
        // changed by the next build.
        Map<String, SourceStamp> stamps =
                recording.isPresent() ? timings.time(Phase.CACHE, () -> stamps(tree)) : Map.of();
        Optional<OutputDir> out =
                options.write()
                        ? Optional.of(OutputDir.prepare(options.output()))
                        : Optional.empty();
        try {
            SearchIds searchIds = SearchIds.of(tree);
            SearchIndex search = new SearchIndex(searchIds.count());
            DisclosureStage stage =
                    new DisclosureStage(
                            setup.loader(),
                            setup.reconciler(),
                            setup.pages(),
                            out.map(SiteOutput.class::cast),
                            options.strict(),
                            DisclosureStage.yearsBySlug(tree.disclosures()),
                            tree.problems().stream().anyMatch(Problem::isError),
                            search,
                            searchIds,
                            timings,
                            setup.progress());
            setup.progress().start("disclosures", tree.disclosures().size());
            List<DisclosureStage.Result> results =
                    tree.disclosures().parallelStream().map(stage::process).toList();
            setup.progress().done();
            List<DisclosureSummary> summaries = new ArrayList<>();
            for (DisclosureStage.Result r : results) {
                problems.addAll(r.problems());
                r.summary().ifPresent(summaries::add);
            }
            Map<String, DepartmentProfile> profiles = new TreeMap<>();
            List<ProfileRecord> profileRecords = new ArrayList<>();
            for (SourceFile f : tree.profiles()) {
                Loaded<DepartmentProfile> p = setup.loader().profile(f);
                problems.addAll(p.problems());
                p.value()
                        .ifPresent(
                                v -> {
                                    profiles.put(f.slug(), v);
                                    if (recording.isPresent()) {
                                        profileRecords.add(
                                                new ProfileRecord(
                                                        stamps.get(f.name()), v, p.problems()));
                                    }
                                });
            }
            Optional<HomeRecord> homeRecord = Optional.empty();
            HomeIntro home = HomeIntro.NONE;
            if (tree.home().isPresent()) {
                SourceFile f = tree.home().get();
                Loaded<HomeIntro> h = setup.loader().home(f);
                problems.addAll(h.problems());
                home = h.value().orElse(HomeIntro.NONE);
                if (recording.isPresent()) {
                    homeRecord =
                            Optional.of(new HomeRecord(stamps.get(f.name()), home, h.problems()));
                }
            }
            if (problems.hasErrors() || out.isEmpty()) {
                out.ifPresent(OutputDir::abort);
                return BuildResult.failed(
                        problems.hasErrors() ? 1 : 0,
                        problems.sorted(),
                        setup.millis(),
                        setup.config().language().locale(),
                        timings);
            }
            OutputDir dir = out.get();
            SitePages site = new SitePages(setup.pages(), setup.config(), dir, options.source());
            SitePages.Groups groups = SitePages.Groups.of(summaries, profiles.keySet());
            HomeIntro intro = home;
            SitePages.Written written =
                    timings.time(
                            Phase.AGGREGATE,
                            () -> site.write(groups, profiles, intro, search, searchIds));
            SiteLinks links = SiteLinks.NONE;
            if (options.linkCheck()) {
                LinkStage.Checked checked =
                        timings.time(
                                Phase.LINK_CHECK,
                                () ->
                                        LinkStage.check(
                                                setup.config(),
                                                dir.staging(),
                                                options.source(),
                                                options.output(),
                                                recording.isPresent()));
                problems.addAll(checked.problems());
                links = checked.links();
                if (problems.hasErrors()) {
                    dir.abort();
                    return BuildResult.failed(
                            1,
                            problems.sorted(),
                            setup.millis(),
                            setup.config().language().locale(),
                            timings);
                }
            }
            // The cache describes the old site: gone before the new one goes in, so that a build
            // stopped in between leaves no cache that could be taken for this site's.
            recording.ifPresent(r -> timings.time(Phase.CACHE, r.cache()::invalidate));
            timings.time(Phase.SWAP, dir::commit);
            if (recording.isPresent()) {
                Recording r = recording.get();
                CacheState state =
                        new CacheState(
                                r.inputs(),
                                OutputStamp.of(dir.target()).orElseThrow(),
                                disclosureRecords(results, stamps),
                                profileRecords,
                                homeRecord,
                                written.search(),
                                links);
                timings.time(Phase.CACHE, () -> r.cache().write(state));
            }
            return new BuildResult(
                    0,
                    problems.sorted(),
                    summaries.size() + written.pages(),
                    dir.files(),
                    0,
                    dir.bytes(),
                    setup.millis(),
                    setup.config().language().locale(),
                    timings,
                    false);
        } catch (RuntimeException e) {
            out.ifPresent(OutputDir::abort);
            throw e;
        }
    }

    /** Every source file's stamp, by name. */
    private Map<String, SourceStamp> stamps(ContentTree tree) {
        List<SourceFile> files = new ArrayList<>(tree.disclosures());
        files.addAll(tree.profiles());
        tree.home().ifPresent(files::add);
        return files.parallelStream()
                .map(f -> SourceStamp.of(f.path(), f.name(), setup.stampTime()))
                .collect(Collectors.toMap(SourceStamp::name, Function.identity()));
    }

    private static List<DisclosureRecord> disclosureRecords(
            List<DisclosureStage.Result> results, Map<String, SourceStamp> stamps) {
        List<DisclosureRecord> out = new ArrayList<>(results.size());
        for (DisclosureStage.Result r : results) {
            String name = r.file().name();
            out.add(
                    new DisclosureRecord(
                            stamps.get(name), r.summary().orElseThrow(), r.problems(), r.files()));
        }
        return out;
    }
}
