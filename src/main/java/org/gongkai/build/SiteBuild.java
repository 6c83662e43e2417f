package org.gongkai.build;

import java.util.Optional;
import org.gongkai.cache.BuildCache;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.Inputs;
import org.gongkai.cache.OutputStamp;
import org.gongkai.cache.SourceStamp;
import org.gongkai.check.Reconciler;
import org.gongkai.config.ConfigException;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.config.SiteConfigReader;
import org.gongkai.content.ContentLoader;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.gongkai.render.Pages;

/**
 * One build of a site, from {@code site.yaml} to the output in place. A full build writes a new
 * site beside the old one and swaps it in ({@link FullBuild}); when the cache beside the output
 * describes the output on disk and was made with the same code, configuration, theme and options,
 * an incremental build changes only what the changed sources touch ({@link IncrementalBuild}).
 * Either way any content error or broken link leaves the old site as it was, and the result is
 * the same, byte for byte.
 *
 * <pre>
 * BuildResult r = new SiteBuild().run(new BuildOptions(dir, dir.resolve("site"), false, true, true, true));
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
        long stampTime = SourceStamp.now();
        Timings timings = new Timings();
        ProblemList problems = new ProblemList();
        SiteConfig config;
        long configStart = System.nanoTime();
        try {
            config = new SiteConfigReader().read(options.source(), problems);
        } catch (ConfigException e) {
            return BuildResult.failed(2, e.problems(), millis(start), Language.EN.locale(), timings);
        }
        Optional<Pages> pages = Pages.create(options.source(), config);
        if (pages.isEmpty()) {
            problems.add(Problem.error("config", "site.yaml", Pos.NONE, "theme",
                    Message.of("config.theme-missing", config.theme())));
            return BuildResult.failed(2, problems.sorted(), millis(start), config.language().locale(), timings);
        }
        timings.add(Phase.CONFIG, System.nanoTime() - configStart);
        Setup setup = new Setup(options, config, pages.get(), new ContentLoader(config),
                new Reconciler(config.tolerance()), timings, progress, start, stampTime);
        if (!options.write()) {
            return new FullBuild(setup).run(problems, Optional.empty());
        }
        BuildCache cache = BuildCache.beside(options.output());
        if (!options.cache()) {
            cache.delete();
            return new FullBuild(setup).run(problems, Optional.empty());
        }
        Inputs inputs = timings.time(Phase.CACHE,
                () -> Inputs.of(options.source(), pages.get().themeRoots(), options.strict(), options.linkCheck()));
        Optional<CacheState> state = timings.time(Phase.CACHE, () -> usable(cache, inputs, options));
        FullBuild.Recording recording = new FullBuild.Recording(cache, inputs);
        if (state.isPresent()) {
            return new IncrementalBuild(setup, recording).run(state.get(), problems);
        }
        return new FullBuild(setup).run(problems, Optional.of(recording));
    }

    /**
     * The cache's state when it describes the output on disk and was made from the same inputs.
     * The cache is not even read when the output is missing, so that a clean build (the
     * benchmark's, after deleting the output) does the same work whatever the cache holds.
     */
    private static Optional<CacheState> usable(BuildCache cache, Inputs inputs, BuildOptions options) {
        return OutputStamp.of(options.output()).flatMap(stamp -> cache.read()
                .filter(s -> s.inputs().equals(inputs) && s.output().equals(stamp)));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
