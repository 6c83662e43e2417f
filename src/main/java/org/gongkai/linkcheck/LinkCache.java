package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * External URLs found to work, with when, kept in a file between runs (one {@code
 * epoch-seconds<TAB>url} per line) so that a rebuild does not ask every server again. Only
 * successes are kept: a failure is asked again next time, since it may be mended. Entries older
 * than the time to live are dropped on reading. Thread-safe.
 */
final class LinkCache {
    private final Path file;
    private final Duration ttl;
    private final Map<String, Long> checked = new ConcurrentHashMap<>();

    private LinkCache(Path file, Duration ttl) {
        this.file = file;
        this.ttl = ttl;
    }

    static LinkCache load(Path file, Duration ttl, Instant now) {
        LinkCache c = new LinkCache(file, ttl);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue; // not ours, or cut short by a crash: asking again is safe
            }
            try {
                long at = Long.parseLong(line.substring(0, tab));
                if (!c.expired(at, now)) {
                    c.checked.put(line.substring(tab + 1), at);
                }
            } catch (NumberFormatException e) {
                continue;
            }
        }
        return c;
    }

    private boolean expired(long at, Instant now) {
        return now.getEpochSecond() - at >= ttl.toSeconds();
    }

    boolean isFresh(String url, Instant now) {
        Long at = checked.get(url);
        return at != null && !expired(at, now);
    }

    void works(String url, Instant now) {
        checked.put(url, now.getEpochSecond());
    }

    /** Writes the file atomically (a temporary file renamed), sorted so that it diffs well. */
    void save() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(checked)
                .forEach((url, at) -> sb.append(at).append('\t').append(url).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
