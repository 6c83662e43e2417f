package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.pipeline.Progress;
import org.gongkai.problem.Message;

/**
 * Shows a long build's progress: a bar redrawn in place on a terminal, or a plain line every few
 * seconds when the output is a log (CI), so that logs stay short and readable. Builds that finish
 * within the first interval print nothing. Thread-safe: threads only count; one at a time prints.
 */
final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong nextPrint = new AtomicLong();
    private volatile int total;
    private volatile String what = "";
    private volatile boolean printed;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 100_000_000L : 5_000_000_000L;
    }

    @Override
    public void start(String what, int total) {
        this.what = what;
        this.total = total;
        done.set(0);
        // The first report waits a full interval: short builds stay silent.
        nextPrint.set(System.nanoTime() + (terminal ? 500_000_000L : intervalNanos));
    }

    /**
     * Said before the site's configuration is read, so in the language of the machine rather than
     * of the site.
     */
    @Override
    public void waiting(Path output) {
        synchronized (err) {
            err.println(Message.of("build.waiting", output).format(Locale.getDefault()));
            err.flush();
        }
    }

    @Override
    public void advance() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long next = nextPrint.get();
        if (now >= next && nextPrint.compareAndSet(next, now + intervalNanos)) {
            print(n);
        }
    }

    @Override
    public void done() {
        if (printed && terminal) {
            synchronized (err) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
        printed = false;
    }

    private void print(int n) {
        int t = Math.max(total, 1);
        int percent = (int) (100L * n / t);
        synchronized (err) {
            if (terminal) {
                int filled = WIDTH * n / t;
                err.print(
                        String.format(
                                Locale.ROOT,
                                "\r[%s%s] %d/%d %s (%d%%)",
                                "#".repeat(filled),
                                " ".repeat(WIDTH - filled),
                                n,
                                total,
                                what,
                                percent));
            } else {
                err.println(
                        String.format(
                                Locale.ROOT, "gongkai: %d/%d %s (%d%%)", n, total, what, percent));
            }
            err.flush();
        }
        printed = true;
    }
}
