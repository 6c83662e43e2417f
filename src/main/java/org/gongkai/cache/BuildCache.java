package org.gongkai.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.gongkai.linkcheck.SiteLinks;
import org.gongkai.search.StoredIndex;

/**
 * The cache of the builds into one output folder: {@code .site.cache/state.bin} beside {@code
 * site/}, as the staging folder {@code .site.new} is, so that it is never published. One file, read
 * in one go and written whole under another name, then renamed into place; it ends with a CRC, and
 * a file that does not read back whole counts as no cache. Not thread-safe: one build at a time.
 *
 * <pre>
 * BuildCache cache = BuildCache.beside(output);
 * Optional&lt;CacheState&gt; state = cache.read();
 * cache.delete();        // before the output changes
 * cache.write(newState); // after
 * </pre>
 */
public final class BuildCache {
    private static final int MAGIC = 0x474b4331; // "GKC1"
    private static final int FORMAT = 2;

    private final Path folder;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of the output folder {@code output}. */
    public static BuildCache beside(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return new BuildCache(abs.resolveSibling("." + abs.getFileName() + ".cache"));
    }

    public Path folder() {
        return folder;
    }

    private Path file() {
        return folder.resolve("state.bin");
    }

    /** The state the cache holds, if it holds one of this version that reads back whole. */
    public Optional<CacheState> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length < 4) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        try {
            BufferInput tail = new BufferInput(bytes, bytes.length);
            tail.skipBytes(bytes.length - 4);
            if (tail.readInt() != (int) crc.getValue()) {
                return Optional.empty();
            }
            return Optional.of(read(new BufferInput(bytes, bytes.length - 4)));
        } catch (IOException | RuntimeException e) {
            // A cache of another version, or damaged: no cache, and so a clean build.
            return Optional.empty();
        }
    }

    private static CacheState read(DataInput in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a cache of this version");
        }
        RecordReader r = new RecordReader(in);
        Inputs inputs = new Inputs(r.text());
        OutputStamp output = new OutputStamp(r.text());
        int n = in.readInt();
        List<DisclosureRecord> disclosures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            disclosures.add(new DisclosureRecord(r.stamp(), r.summary(), r.problems(), r.names()));
        }
        n = in.readInt();
        List<ProfileRecord> profiles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            profiles.add(new ProfileRecord(r.stamp(), r.profile(), r.problems()));
        }
        Optional<HomeRecord> home =
                in.readBoolean()
                        ? Optional.of(new HomeRecord(r.stamp(), r.home(), r.problems()))
                        : Optional.empty();
        StoredIndex search = StoredIndex.read(in);
        SiteLinks links = SiteLinks.read(in);
        return new CacheState(inputs, output, disclosures, profiles, home, search, links);
    }

    /** Replaces the cache with {@code state}: written under another name, then renamed. */
    public void write(CacheState state) {
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve("state.bin.tmp");
            try (OutputStream file = Files.newOutputStream(tmp)) {
                BufferOutput out = new BufferOutput(file);
                write(state, out);
                out.flush();
                int crc = out.crc();
                file.write(
                        new byte[] {
                            (byte) (crc >>> 24), (byte) (crc >>> 16), (byte) (crc >>> 8), (byte) crc
                        });
            }
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(CacheState state, DataOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        RecordWriter w = new RecordWriter(out);
        w.text(state.inputs().digest());
        w.text(state.output().stamp());
        out.writeInt(state.disclosures().size());
        for (DisclosureRecord d : state.disclosures()) {
            w.stamp(d.source());
            w.summary(d.summary());
            w.problems(d.problems());
            w.names(d.files());
        }
        out.writeInt(state.profiles().size());
        for (ProfileRecord p : state.profiles()) {
            w.stamp(p.source());
            w.profile(p.profile());
            w.problems(p.problems());
        }
        out.writeBoolean(state.home().isPresent());
        if (state.home().isPresent()) {
            HomeRecord h = state.home().get();
            w.stamp(h.source());
            w.home(h.intro());
            w.problems(h.problems());
        }
        state.search().write(out);
        state.links().write(out);
    }

    /**
     * Removes the cache's state: before a build changes the output (a build that stops half-way
     * then leaves no cache, so the next one is clean). Other files of the cache folder stay.
     */
    public void invalidate() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the cache folder and all it holds: for a build told not to use a cache. */
    public void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
