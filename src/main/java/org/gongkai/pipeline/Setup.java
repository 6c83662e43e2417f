package org.gongkai.pipeline;

import org.gongkai.check.Reconciler;
import org.gongkai.config.SiteConfig;
import org.gongkai.content.ContentLoader;
import org.gongkai.render.Pages;

/**
 * What every kind of build starts from: its options, the checked configuration, and the engines
 * built once from them and shared by the threads of the build.
 *
 * @param start when the build started ({@link System#nanoTime})
 * @param stampTime the same moment as file times count it ({@link
 *     org.gongkai.cache.SourceStamp#now})
 */
record Setup(
        BuildOptions options,
        SiteConfig config,
        Pages pages,
        ContentLoader loader,
        Reconciler reconciler,
        Timings timings,
        Progress progress,
        long start,
        long stampTime) {

    long millis() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
