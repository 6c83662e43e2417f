package org.gongkai.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What can change many pages at once, as one digest: the Gongkai code (the jar, or the folder of
 * classes) and the Java runtime, {@code site.yaml}, every file of the theme, of {@code layouts/}
 * and of {@code static/} (by path, size and time), and the options of the build. A build whose
 * inputs differ from those the cache was made with is a clean build.
 */
public record Inputs(String digest) {
    public Inputs {
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * The inputs of a build of the site in {@code source} with the theme folders {@code themeRoots}
     * (those inside the jar are covered by the code).
     */
    public static Inputs of(Path source, List<Path> themeRoots, boolean strict, boolean linkCheck) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        add(md, "java " + Runtime.version());
        code(md);
        Path config = source.resolve("site.yaml");
        try {
            add(md, "site.yaml");
            md.update(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path root : themeRoots) {
            if (root.getFileSystem().equals(FileSystems.getDefault())) {
                tree(md, "theme", root);
            }
        }
        tree(md, "layouts", source.resolve("layouts"));
        tree(md, "static", source.resolve("static"));
        add(md, "strict " + strict + ", link check " + linkCheck);
        return new Inputs(HexFormat.of().formatHex(md.digest()));
    }

    /** The jar by size and time, or every file of the folder of classes when run from one. */
    private static void code(MessageDigest md) {
        CodeSource source = Inputs.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            add(md, "code unknown");
            return;
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            add(md, "code " + source.getLocation());
            return;
        }
        if (Files.isDirectory(location)) {
            tree(md, "classes", location);
        } else {
            file(md, "jar " + location.toAbsolutePath(), location);
        }
    }

    private static void tree(MessageDigest md, String what, Path dir) {
        add(md, what);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                file(md, dir.relativize(f).toString(), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(MessageDigest md, String name, Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            add(md, name + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
