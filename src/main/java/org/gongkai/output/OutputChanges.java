package org.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes a rebuild makes to an output folder. Each file written is compared with the folder's
 * own, and only one that differs is staged, in {@code .site.new} beside the folder as a full build
 * stages the whole site; files the site no longer has are noted. {@link #commit} then renames the
 * staged files into the folder, deepest first (a disclosure's page before the department page that
 * links to it, the search shards before {@code meta.json}, the home page, sitemap and feed last),
 * and only then deletes the noted files and the folders they leave empty. Until {@link #commit} the
 * folder is untouched; {@link #abort} discards the staging folder.
 *
 * <p>Renaming files one by one is not atomic as a whole: for the few milliseconds of a commit a
 * reader may get a new page beside an old one, never a half-written file. Writes may come from many
 * threads at once.
 */
public final class OutputChanges implements SiteOutput {
    /** Deepest first, so that a page is in place before the pages that link to it. */
    private static final Comparator<String> ORDER =
            Comparator.comparingLong((String p) -> -p.chars().filter(c -> c == '/').count())
                    .thenComparing(Comparator.naturalOrder());

    private final Path target;
    private final Path staging;
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    private OutputChanges(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Prepares an empty staging folder beside {@code target}, which must exist. */
    public static OutputChanges prepare(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path staging = OutputDir.sibling(abs, "new");
        try {
            OutputDir.deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputChanges(abs, staging);
    }

    public Path target() {
        return target;
    }

    /** The folder of the staged files, laid out like the site. */
    public Path staging() {
        return staging;
    }

    /**
     * Stages {@code content} at {@code path} unless the folder has the same bytes there. A path is
     * either written or deleted by one rebuild, not both.
     */
    @Override
    public void write(String path, byte[] content) {
        Path old = target.resolve(OutputDir.checked(path));
        deleted.remove(path);
        try {
            if (same(old, content)) {
                return;
            }
            Path file = staging.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged.add(path);
        bytes.addAndGet(content.length);
    }

    private static boolean same(Path file, byte[] content) throws IOException {
        try {
            return Files.size(file) == content.length
                    && Arrays.equals(Files.readAllBytes(file), content);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Notes that the site no longer has {@code path}; nothing happens when the folder lacks it. */
    public void delete(String path) {
        if (Files.exists(target.resolve(OutputDir.checked(path)))) {
            deleted.add(path);
        }
    }

    /** The paths of the files to be deleted. */
    public Set<String> deleted() {
        return Set.copyOf(deleted);
    }

    /** The number of files staged so far. */
    public long files() {
        return staged.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Moves the staged files into the folder and deletes the noted ones. */
    public void commit() {
        List<String> order = new ArrayList<>(staged);
        order.sort(ORDER);
        try {
            for (String p : order) {
                Path to = target.resolve(p);
                Files.createDirectories(to.getParent());
                move(staging.resolve(p), to);
            }
            for (String p : new TreeSet<>(deleted)) {
                if (!staged.contains(p)) {
                    Files.deleteIfExists(target.resolve(p));
                    removeEmptyFolders(target.resolve(p).getParent());
                }
            }
            OutputDir.deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path f = folder;
                f != null && !f.equals(target) && f.startsWith(target);
                f = f.getParent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(f)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    /** Discards the staged files; the folder stays as it was. */
    public void abort() {
        try {
            OutputDir.deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
