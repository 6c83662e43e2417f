package org.gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time into an output folder. Two builds into the same {@code site/} (two pushes in
 * a row on a CI server) would share its staging folder and its cache, and could publish a mix of
 * both; the second waits until the first is done.
 *
 * <p>The lock is the operating system's lock on {@code .site.lock} beside {@code site/}, so a build
 * that is killed releases it. The file itself stays: removing it would let a waiting build lock a
 * file that a third build no longer sees. Builds in one JVM wait for each other too (the JVM
 * refuses a second lock on the same file, so they poll).
 *
 * <pre>
 * try (OutputLock lock = OutputLock.acquire(output, () -&gt; say("waiting"))) {
 *     // stage, check and swap in the new site
 * }
 * </pre>
 */
public final class OutputLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output folder {@code output}. */
    public static Path file(Path output) {
        return OutputDir.sibling(output.toAbsolutePath().normalize(), "lock");
    }

    /**
     * Locks {@code output}, waiting as long as another build holds it; {@code waiting} runs once,
     * when the build has to wait.
     */
    public static OutputLock acquire(Path output, Runnable waiting) {
        Path file = file(output);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (!told) {
                    waiting.run();
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another build in this JVM
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to release any more
        }
    }
}
