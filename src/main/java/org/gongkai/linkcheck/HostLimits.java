package org.gongkai.linkcheck;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Limits the requests to one host that run at once, so that a site with hundreds of links to one
 * government portal does not look like an attack on it. The limit on all requests is the size of
 * the pool that runs them. Thread-safe.
 */
final class HostLimits {
    private final int perHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimits(int perHost) {
        this.perHost = perHost;
    }

    /** A request that may fail as {@code HttpClient.send} does. */
    @FunctionalInterface
    interface Request<T> {
        T send() throws IOException, InterruptedException;
    }

    <T> T call(String host, Request<T> request) throws IOException, InterruptedException {
        Semaphore s =
                hosts.computeIfAbsent(
                        host == null ? "" : host.toLowerCase(Locale.ROOT),
                        h -> new Semaphore(perHost));
        s.acquire();
        try {
            return request.send();
        } finally {
            s.release();
        }
    }
}
