package org.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The output of one build: a staging folder beside the target ({@code .site.new} for {@code site/})
 * that receives every file, and is renamed into place by {@link #commit()} only when the build
 * succeeded. Until then the old site is untouched; {@link #abort()} removes the staging folder.
 * Files may be written from many threads at once.
 *
 * <p>The swap is two renames on the same file system (old site aside, new site in), so the target
 * is missing for the time between them only; the old site is deleted after the new one is in place.
 */
public final class OutputDir implements SiteOutput {
    private final Path target;
    private final Path staging;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private OutputDir(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Prepares an empty staging folder for {@code target}, removing one left by a failed build. */
    public static OutputDir prepare(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path staging = sibling(abs, "new");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputDir(abs, staging);
    }

    static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + "." + what);
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Writes {@code content} at site path {@code path} ({@code lx-zgh/2023/index.html}). */
    @Override
    public void write(String path, byte[] content) {
        Path file = staging.resolve(checked(path));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    static String checked(String path) {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
        return path;
    }

    /** Copies a file into the staging folder (theme assets, a site's static files). */
    public void copy(Path source, String path) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long files() {
        return files.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Puts the new site in place of the old one. */
    public void commit() {
        Path old = sibling(target, "old");
        try {
            deleteTree(old);
            if (Files.exists(target)) {
                move(target, old);
            }
            move(staging, target);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards the staging folder; the old site stays as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
