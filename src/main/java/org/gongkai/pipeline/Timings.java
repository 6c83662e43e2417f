package org.gongkai.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each {@link Phase} of a build. Phases that run on many threads at once (load,
 * check, render, write) add up the time of every thread, so their sum can exceed the wall time; the
 * summary says so. Thread-safe.
 */
public final class Timings {
    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

    public Timings() {
        for (Phase p : Phase.values()) {
            nanos.put(p, new LongAdder());
        }
    }

    /** Runs {@code work} and adds its time to {@code phase}. */
    public <T> T time(Phase phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(phase).add(System.nanoTime() - start);
        }
    }

    public void time(Phase phase, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            nanos.get(phase).add(System.nanoTime() - start);
        }
    }

    public void add(Phase phase, long elapsedNanos) {
        nanos.get(phase).add(elapsedNanos);
    }

    public long millis(Phase phase) {
        return nanos.get(phase).sum() / 1_000_000;
    }

    /** {@code load 1.20 s, check 0.10 s, ...}: the phases that took any time, in order. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Phase p : Phase.values()) {
            long ms = millis(p);
            if (ms == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.label())
                    .append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000.0));
        }
        return sb.toString();
    }
}
