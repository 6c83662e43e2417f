package org.gongkai.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.gongkai.pipeline.BuildResult;

/**
 * The line of {@code gongkai build --stats}, for benchmarks: pages per second and the peak heap.
 * Reads the memory pools only when asked, so that a plain build does not load the management
 * classes.
 */
final class BuildStats {
    private BuildStats() {}

    static String line(BuildResult r) {
        double seconds = Math.max(r.millis(), 1) / 1000.0;
        return String.format(
                Locale.ROOT,
                "stats: %d pages in %.2f s: %.0f pages/s; peak heap %.0f MB (max %.0f MB)",
                r.pages(),
                seconds,
                r.pages() / seconds,
                peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /**
     * The sum of the peaks of the heap's pools: an upper bound of the peak heap in use, since the
     * pools need not peak at the same moment.
     */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
