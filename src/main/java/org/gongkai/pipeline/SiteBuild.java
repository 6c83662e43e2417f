package org.gongkai.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.gongkai.content.ContentTree;
import org.gongkai.output.OutputLock;
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
 * Either way any content error or broken link leaves the old site as it was, and the result is the
 * same, byte for byte.
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
        if (!options.write()) {
            return locked(options);
        }
        OutputLock lock =
                OutputLock.acquire(options.output(), () -> progress.waiting(options.output()));
        try {
            return locked(options);
        } finally {
            lock.close();
        }
    }

    /** The build, once no other build writes into its output. */
    private BuildResult locked(BuildOptions options) {
        long start = System.nanoTime();
        long stampTime = SourceStamp.now();
        Timings timings = new Timings();
        ProblemList problems = new ProblemList();
        BuildCache cache = BuildCache.beside(options.output());
        // Without an output there is nothing to rebuild: the cache is not even read, so that a
        // clean build (the benchmark's, after deleting the output) does the same work whatever the
        // cache holds.
        Optional<OutputStamp> output =
                options.write() && options.cache()
                        ? OutputStamp.of(options.output())
                        : Optional.empty();
        // On the other core, while this one reads the configuration and the theme: the cache is
        // read, the content scanned, and the content's files compared with the cache's stamps.
        CompletableFuture<Optional<CacheState>> cached =
                output.isPresent()
                        ? CompletableFuture.supplyAsync(
                                () -> timings.time(Phase.CACHE, cache::read))
                        : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<ContentTree> tree =
                CompletableFuture.supplyAsync(
                        () -> timings.time(Phase.CONFIG, () -> ContentTree.scan(options.source())));
        CompletableFuture<Optional<SourceChanges>> changes =
                cached.thenCombine(
                        tree,
                        (state, t) ->
                                state.map(
                                        s ->
                                                timings.time(
                                                        Phase.CHANGES,
                                                        () -> SourceChanges.of(t, s, stampTime))));
        SiteConfig config;
        long configStart = System.nanoTime();
        try {
            config = new SiteConfigReader().read(options.source(), problems);
        } catch (ConfigException e) {
            return BuildResult.failed(
                    2, e.problems(), millis(start), Language.EN.locale(), timings);
        }
        Optional<Pages> pages = Pages.create(options.source(), config);
        if (pages.isEmpty()) {
            problems.add(
                    Problem.error(
                            "config",
                            "site.yaml",
                            Pos.NONE,
                            "theme",
                            Message.of("config.theme-missing", config.theme())));
            return BuildResult.failed(
                    2, problems.sorted(), millis(start), config.language().locale(), timings);
        }
        timings.add(Phase.CONFIG, System.nanoTime() - configStart);
        Setup setup =
                new Setup(
                        options,
                        config,
                        pages.get(),
                        new ContentLoader(config),
                        new Reconciler(config.tolerance()),
                        timings,
                        progress,
                        start,
                        stampTime);
        if (!options.write() || !options.cache()) {
            if (options.write()) {
                cache.delete();
            }
            return new FullBuild(setup).run(join(tree), problems, Optional.empty());
        }
        Inputs inputs =
                timings.time(
                        Phase.CACHE,
                        () ->
                                Inputs.of(
                                        options.source(),
                                        pages.get().themeRoots(),
                                        options.strict(),
                                        options.linkCheck()));
        FullBuild.Recording recording = new FullBuild.Recording(cache, inputs);
        Optional<CacheState> state =
                join(cached)
                        .filter(
                                s ->
                                        s.inputs().equals(inputs)
                                                && s.output().equals(output.orElseThrow()));
        if (state.isPresent()) {
            ProblemList found = new ProblemList();
            found.addAll(problems.sorted());
            try {
                return new IncrementalBuild(setup, recording)
                        .run(state.get(), join(tree), join(changes).orElseThrow(), found);
            } catch (IncrementalBuild.StaleOutput e) {
                // the output is not quite the one the cache describes: build it all
            }
        }
        return new FullBuild(setup).run(join(tree), problems, Optional.of(recording));
    }

    /** The value of {@code task}, or what it threw, as it threw it. */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
