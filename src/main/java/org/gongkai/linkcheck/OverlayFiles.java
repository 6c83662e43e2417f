package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site that a change will leave: the files of {@code site} less those {@code deleted}, with the
 * files of {@code staged} (a folder laid out like the site, holding the new and changed files) over
 * them. Nothing is listed in advance, so that checking a few pages of a site of 100,000 files reads
 * what those pages link to instead of walking all of it: on a file system that tells {@code A.html}
 * from {@code a.html} a file is looked up by its name, elsewhere by listing its folder, so that
 * names match exactly either way. A folder that the deletions leave empty is gone, as the build
 * removes it. Thread-safe.
 */
final class OverlayFiles implements SiteFiles {
    private final Path site;
    private final Path staged;
    private final Set<String> deleted;
    private final Set<String> emptied;
    private final boolean exactNames;
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();
    private final Map<String, Boolean> folders = new ConcurrentHashMap<>();

    /**
     * @param deleted paths of files of {@code site} that the change removes
     */
    OverlayFiles(Path site, Path staged, Set<String> deleted) {
        this.site = site;
        this.staged = staged;
        this.deleted = Set.copyOf(deleted);
        Set<String> parents = new HashSet<>();
        for (String d : deleted) {
            for (int slash = d.lastIndexOf('/'); slash > 0; slash = d.lastIndexOf('/', slash - 1)) {
                parents.add(d.substring(0, slash));
            }
        }
        this.emptied = Set.copyOf(parents);
        this.exactNames = exactNames(site);
    }

    /**
     * Whether the site's file system tells names apart by case: a name in the site's folder with
     * letters, asked for in upper case, is not there.
     */
    private static boolean exactNames(Path site) {
        if (!Files.isDirectory(site)) {
            return false;
        }
        for (Path p : entries(site)) {
            String name = p.getFileName().toString();
            String upper = name.toUpperCase(Locale.ROOT);
            if (!upper.equals(name)) {
                return !Files.exists(site.resolve(upper));
            }
        }
        return false;
    }

    /**
     * Whether {@code path} can name a file of the site: no empty, {@code .} or {@code ..} segment,
     * which the file system would resolve (to another file, or outside the site) where a listing of
     * the site has none.
     */
    private static boolean plain(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || segment.indexOf('\\') >= 0
                    || segment.indexOf('\0') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One folder as the change leaves it.
     *
     * @param onDisk whether the folder exists in the site or among the staged files
     * @param staged whether it exists among the staged files
     * @param hadEntries whether the site's folder had any entry before the change
     * @param files the names of the files in it
     * @param folders the names of the folders in it, which may be gone after the change
     */
    private record Listing(
            boolean onDisk,
            boolean staged,
            boolean hadEntries,
            Set<String> files,
            Set<String> folders) {}

    @Override
    public boolean isFile(String path) {
        if (!plain(path)) {
            return false; // no file of the site is named so
        }
        if (exactNames) {
            return Files.isRegularFile(staged.resolve(path))
                    || (!deleted.contains(path) && Files.isRegularFile(site.resolve(path)));
        }
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return listing(folder).files().contains(path.substring(slash + 1));
    }

    @Override
    public boolean isFolder(String path) {
        if (path.isEmpty()) {
            return true;
        }
        if (!plain(path)) {
            return false;
        }
        if (exactNames && !emptied.contains(path)) {
            return Files.isDirectory(staged.resolve(path)) || Files.isDirectory(site.resolve(path));
        }
        Boolean known = folders.get(path);
        if (known != null) {
            return known;
        }
        Listing l = listing(path);
        boolean exists =
                l.staged()
                        || (l.onDisk()
                                && (!l.hadEntries() || !l.files().isEmpty() || anyFolder(path, l)));
        folders.put(path, exists);
        return exists;
    }

    private boolean anyFolder(String path, Listing l) {
        for (String f : l.folders()) {
            if (isFolder(path + "/" + f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> sameIgnoringCase(String path) {
        List<String> found = new ArrayList<>();
        search("", path.split("/", -1), 0, found);
        return found.stream().min(String::compareTo);
    }

    /**
     * Adds to {@code found} the files under {@code folder} that match {@code parts[i..]} ignoring
     * case.
     */
    private void search(String folder, String[] parts, int i, List<String> found) {
        Listing l = listing(folder);
        String want = parts[i].toLowerCase(Locale.ROOT);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        if (i == parts.length - 1) {
            for (String f : l.files()) {
                if (f.toLowerCase(Locale.ROOT).equals(want)) {
                    found.add(prefix + f);
                }
            }
            return;
        }
        for (String f : l.folders()) {
            if (f.toLowerCase(Locale.ROOT).equals(want) && isFolder(prefix + f)) {
                search(prefix + f, parts, i + 1, found);
            }
        }
    }

    private Listing listing(String folder) {
        return listings.computeIfAbsent(folder, this::list);
    }

    private Listing list(String folder) {
        Set<String> files = new HashSet<>();
        Set<String> subfolders = new HashSet<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        Path old = site.resolve(folder);
        boolean onDisk = Files.isDirectory(old);
        boolean hadEntries = false;
        if (onDisk) {
            for (Path p : entries(old)) {
                hadEntries = true;
                String name = p.getFileName().toString();
                // links are followed, as a web server follows them
                if (Files.isDirectory(p)) {
                    subfolders.add(name);
                } else if (!deleted.contains(prefix + name)) {
                    files.add(name);
                }
            }
        }
        Path now = staged.resolve(folder);
        boolean isStaged = Files.isDirectory(now);
        if (isStaged) {
            for (Path p : entries(now)) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    subfolders.add(name);
                } else {
                    files.add(name);
                }
            }
        }
        return new Listing(onDisk || isStaged, isStaged, hadEntries, files, subfolders);
    }

    private static List<Path> entries(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
