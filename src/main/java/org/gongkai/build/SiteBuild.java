package org.gongkai.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.check.Reconciler;
import org.gongkai.config.ConfigException;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.config.SiteConfigReader;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.ContentTree;
import org.gongkai.content.Loaded;
import org.gongkai.content.SourceFile;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.output.OutputDir;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.gongkai.render.Pages;
import org.gongkai.search.SearchIndex;

/**
 * One build of a site, from {@code site.yaml} to the swapped-in output. Disclosures are read,
 * checked, rendered and written in parallel, each on its own; the pages that gather several
 * disclosures are built afterwards from their summaries. Any content error discards the new output
 * and leaves the old site as it was, and so does a broken link in the new output.
 *
 * <pre>
 * BuildResult r = new SiteBuild().run(new BuildOptions(dir, dir.resolve("site"), false, true, true));
 * </pre>
 */
public final class SiteBuild {
    private final Progress progress;

    public SiteBuild() {
        this(Progress.NONE);
    }

    /** A build that reports how far it has come to {@code progress}. */
    public SiteBuild(Progress progress) {
        this.progress = progress;
    }

    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Timings timings = new Timings();
        ProblemList problems = new ProblemList();
        SiteConfig config;
        long configStart = System.nanoTime();
        try {
            config = new SiteConfigReader().read(options.source(), problems);
        } catch (ConfigException e) {
            return new BuildResult(2, e.problems(), 0, 0, 0, millis(start), Language.EN.locale(), timings);
        }
        Optional<Pages> pages = Pages.create(options.source(), config);
        if (pages.isEmpty()) {
            problems.add(Problem.error("config", "site.yaml", Pos.NONE, "theme",
                    Message.of("config.theme-missing", config.theme())));
            return new BuildResult(2, problems.sorted(), 0, 0, 0, millis(start), config.language().locale(), timings);
        }
        ContentTree tree = ContentTree.scan(options.source());
        timings.add(Phase.CONFIG, System.nanoTime() - configStart);
        problems.addAll(tree.problems());
        ContentLoader loader = new ContentLoader(config);
        Reconciler reconciler = new Reconciler(config.tolerance());
        Optional<OutputDir> out = options.write() ? Optional.of(OutputDir.prepare(options.output())) : Optional.empty();
        try {
            SearchIds searchIds = SearchIds.of(tree);
            SearchIndex search = new SearchIndex(searchIds.count());
            DisclosureStage stage = new DisclosureStage(loader, reconciler, pages.get(), out, options.strict(), tree,
                    search, searchIds, timings, progress);
            progress.start("disclosures", tree.disclosures().size());
            List<DisclosureStage.Result> results = tree.disclosures().parallelStream().map(stage::process).toList();
            progress.done();
            List<DisclosureSummary> summaries = new ArrayList<>();
            for (DisclosureStage.Result r : results) {
                problems.addAll(r.problems());
                r.summary().ifPresent(summaries::add);
            }
            Map<String, DepartmentProfile> profiles = new TreeMap<>();
            for (SourceFile f : tree.profiles()) {
                Loaded<DepartmentProfile> p = loader.profile(f);
                problems.addAll(p.problems());
                p.value().ifPresent(v -> profiles.put(f.slug(), v));
            }
            HomeIntro home = tree.home().map(f -> {
                Loaded<HomeIntro> h = loader.home(f);
                problems.addAll(h.problems());
                return h.value().orElse(HomeIntro.NONE);
            }).orElse(HomeIntro.NONE);
            if (problems.hasErrors() || out.isEmpty()) {
                out.ifPresent(OutputDir::abort);
                return new BuildResult(problems.hasErrors() ? 1 : 0, problems.sorted(), 0, 0, 0, millis(start), config.language().locale(), timings);
            }
            OutputDir dir = out.get();
            SitePages site = new SitePages(pages.get(), config, dir, options.source());
            int aggregatePages = timings.time(Phase.AGGREGATE, () -> site.write(summaries, profiles, home, search, searchIds));
            if (options.linkCheck()) {
                problems.addAll(timings.time(Phase.LINK_CHECK,
                        () -> LinkStage.check(config, dir.staging(), options.source(), options.output())));
                if (problems.hasErrors()) {
                    dir.abort();
                    return new BuildResult(1, problems.sorted(), 0, 0, 0, millis(start), config.language().locale(), timings);
                }
            }
            timings.time(Phase.SWAP, dir::commit);
            return new BuildResult(0, problems.sorted(), summaries.size() + aggregatePages, dir.files(), dir.bytes(), millis(start), config.language().locale(), timings);
        } catch (RuntimeException e) {
            out.ifPresent(OutputDir::abort);
            throw e;
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
