package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every file and folder of the checked folder, by its path relative to it with forward slashes
 * ({@code lx-zgh/2023/index.html}; the root folder is the empty string). Lookups are exact, as a
 * case-sensitive web server's are, whatever the file system of the machine running the check.
 * Immutable after {@link #scan}.
 */
final class SiteIndex implements SiteFiles {
    private final Set<String> files;
    private final Set<String> folders;
    private final List<String> sources;
    private Map<String, String> byLowerCase;

    private SiteIndex(Set<String> files, Set<String> folders, List<String> sources) {
        this.files = files;
        this.folders = folders;
        this.sources = sources;
    }

    /**
     * Lists {@code root}. The folders directly inside it are walked in parallel: a generated site
     * of 10,000 pages has some 70,000 files, and each costs a system call.
     */
    static SiteIndex scan(Path root) {
        List<Path> top = new ArrayList<>();
        Listing rootListing = new Listing();
        rootListing.folders.add("");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    top.add(p);
                } else {
                    rootListing.file(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Listing> listings = new ArrayList<>(top.parallelStream().map(Listing::walk).toList());
        listings.add(rootListing);
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        List<String> sources = new ArrayList<>();
        for (Listing l : listings) {
            files.addAll(l.files);
            folders.addAll(l.folders);
            sources.addAll(l.sources);
        }
        sources.sort(null);
        return new SiteIndex(files, folders, List.copyOf(sources));
    }

    /** The files and folders of one sub-tree. */
    private static final class Listing {
        final List<String> files = new ArrayList<>();
        final List<String> folders = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        static Listing walk(Path folder) {
            Listing l = new Listing();
            Deque<String> prefixes = new ArrayDeque<>();
            try {
                // Links are followed, as a web server follows them; a link that loops back is
                // reported by the walker as a failed file, and is listed as a file.
                Files.walkFileTree(
                        folder,
                        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                        Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(
                                    Path dir, BasicFileAttributes attrs) {
                                String name = dir.getFileName().toString();
                                String rel = prefixes.isEmpty() ? name : prefixes.peek() + name;
                                l.folders.add(rel);
                                prefixes.push(rel + "/");
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                l.file(prefixes.peek() + file.getFileName().toString());
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e)
                                    throws IOException {
                                if (e instanceof FileSystemLoopException) {
                                    l.file(prefixes.peek() + file.getFileName().toString());
                                    return FileVisitResult.CONTINUE;
                                }
                                throw e;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path dir, IOException e)
                                    throws IOException {
                                if (e != null) {
                                    throw e;
                                }
                                prefixes.pop();
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return l;
        }

        void file(String rel) {
            files.add(rel);
            if (isPage(rel) || isStyleSheet(rel)) {
                sources.add(rel);
            }
        }
    }

    static boolean isPage(String path) {
        return endsWithIgnoreCase(path, ".html") || endsWithIgnoreCase(path, ".htm");
    }

    static boolean isStyleSheet(String path) {
        return endsWithIgnoreCase(path, ".css");
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** The pages and style sheets to read, sorted. */
    List<String> sources() {
        return sources;
    }

    @Override
    public boolean isFile(String path) {
        return files.contains(path);
    }

    @Override
    public boolean isFolder(String path) {
        return folders.contains(path);
    }

    @Override
    public Optional<String> sameIgnoringCase(String path) {
        return Optional.ofNullable(lowerCase().get(path.toLowerCase(Locale.ROOT)));
    }

    /** Made on the first missing file only: a site without one never needs it. */
    private synchronized Map<String, String> lowerCase() {
        if (byLowerCase == null) {
            Map<String, String> m = new HashMap<>();
            for (String f : files) {
                m.merge(f.toLowerCase(Locale.ROOT), f, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            byLowerCase = m;
        }
        return byLowerCase;
    }
}
