package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir Path dir;

    @Test
    void lockFileIsBesideTheOutputAndNotInIt() {
        assertThat(OutputLock.file(dir.resolve("site"))).isEqualTo(dir.resolve(".site.lock"));
    }

    @Test
    void aFreeOutputIsLockedWithoutWaiting() {
        AtomicInteger waits = new AtomicInteger();
        OutputLock.acquire(dir.resolve("site"), waits::incrementAndGet).close();
        OutputLock.acquire(dir.resolve("site"), waits::incrementAndGet).close();
        assertThat(waits).hasValue(0);
    }

    @Test
    @Timeout(10)
    void aSecondBuildInThisJvmWaitsForTheFirst() throws Exception {
        Path site = dir.resolve("site");
        AtomicInteger waits = new AtomicInteger();
        CompletableFuture<Long> second;
        long released;
        OutputLock first = OutputLock.acquire(site, () -> {});
        try {
            second =
                    CompletableFuture.supplyAsync(
                            () -> {
                                OutputLock.acquire(site, waits::incrementAndGet).close();
                                return System.nanoTime();
                            });
            Thread.sleep(400);
            assertThat(second).isNotDone();
            released = System.nanoTime();
        } finally {
            first.close();
        }
        assertThat(second.get(5, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(released);
        assertThat(waits).hasValue(1);
    }

    @Test
    @Timeout(30)
    void aBuildWaitsForAnotherProcessAndNotAfterItIsKilled() throws Exception {
        Path site = dir.resolve("site");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        Holder.class.getName(),
                                        site.toString()))
                        .redirectErrorStream(true)
                        .start();
        try {
            BufferedReader lines =
                    new BufferedReader(
                            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            AtomicInteger waits = new AtomicInteger();
            CompletableFuture<Void> build =
                    CompletableFuture.runAsync(
                            () -> OutputLock.acquire(site, waits::incrementAndGet).close());
            Thread.sleep(400);
            assertThat(build).isNotDone();
            assertThat(waits).hasValue(1);
            holder.destroyForcibly().waitFor();
            build.get(10, TimeUnit.SECONDS);
        } finally {
            holder.destroyForcibly();
        }
    }

    /** Holds the lock of the output named by its argument until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws IOException, InterruptedException {
            OutputLock lock = OutputLock.acquire(Path.of(args[0]), () -> {});
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
            lock.close();
        }
    }
}
