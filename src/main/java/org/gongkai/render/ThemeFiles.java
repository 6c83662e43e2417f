package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a site's theme files are, most specific first: the site's {@code layouts/} (templates
 * only), the site's {@code themes/<name>/}, and the default theme shipped inside the jar. A file is
 * taken from the first place that has it, so a site overrides the theme one file at a time.
 */
final class ThemeFiles {
    static final String BUILT_IN = "themes/default";

    private final List<Path> themeRoots;
    private final Optional<Path> layouts;

    private ThemeFiles(List<Path> themeRoots, Optional<Path> layouts) {
        this.themeRoots = List.copyOf(themeRoots);
        this.layouts = layouts;
    }

    /**
     * The theme {@code name} of the site in {@code siteDir}; empty when the site names a theme it
     * does not have and that is not the built-in one.
     */
    static Optional<ThemeFiles> locate(Path siteDir, String name) {
        List<Path> roots = new ArrayList<>();
        Path own = siteDir.resolve("themes").resolve(name);
        if (Files.isDirectory(own)) {
            roots.add(own);
        } else if (!name.equals("default")) {
            return Optional.empty();
        }
        roots.add(builtIn());
        Path layouts = siteDir.resolve("layouts");
        return Optional.of(
                new ThemeFiles(
                        roots,
                        Files.isDirectory(layouts) ? Optional.of(layouts) : Optional.empty()));
    }

    /**
     * Folders of the site that may hold templates, most specific first; the built-in theme's
     * follow.
     */
    List<Path> templateDirs() {
        List<Path> dirs = new ArrayList<>();
        layouts.ifPresent(dirs::add);
        for (Path root : themeRoots) {
            dirs.add(root.resolve("templates"));
        }
        return dirs;
    }

    /** The first of {@code relative} in the theme folders, most specific first. */
    Optional<Path> find(String relative) {
        for (Path root : themeRoots) {
            Path p = root.resolve(relative);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every theme folder, most specific first (for merging bundles and assets). */
    List<Path> roots() {
        return themeRoots;
    }

    /**
     * The default theme inside the jar, as a path: a folder when running from classes (tests), a
     * folder of the jar's file system when running from the jar.
     */
    private static Path builtIn() {
        URL url = ThemeFiles.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) {
            throw new IllegalStateException("the built-in theme is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + BUILT_IN);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
