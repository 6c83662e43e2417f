package org.gongkai.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a build is asked to do.
 *
 * @param source the site folder (with {@code site.yaml} and {@code content/})
 * @param output where the site is written; ignored when {@code write} is false
 * @param strict reconciliation findings are errors, not warnings
 * @param linkCheck run the link checker on the output before it replaces the old site
 * @param write render and write the site; false only checks the content ({@code validate})
 * @param cache keep a cache beside the output ({@code .site.cache} for {@code site/}) and, when it
 *     describes the output on disk, rebuild only what changed since; false builds everything and
 *     removes the cache
 */
public record BuildOptions(
        Path source, Path output, boolean strict, boolean linkCheck, boolean write, boolean cache) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
    }

    /** Checks the content of {@code source} without writing anything. */
    public static BuildOptions validate(Path source, boolean strict) {
        return new BuildOptions(source, source.resolve("site"), strict, false, false, false);
    }
}
