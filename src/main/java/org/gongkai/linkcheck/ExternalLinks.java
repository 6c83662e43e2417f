package org.gongkai.linkcheck;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks each distinct external URL once, many at a time, through {@link HttpProbe}, skipping those
 * the cache knows to work. One instance per check: it owns its threads and shuts them down.
 */
final class ExternalLinks {
    private final ExternalOptions options;

    ExternalLinks(ExternalOptions options) {
        this.options = options;
    }

    /** The outcome of every URL in {@code urls} (distinct, without fragments). */
    Map<String, Outcome> check(List<String> urls) {
        Instant now = Instant.now();
        Optional<LinkCache> cache = options.cache().map(f -> LinkCache.load(f, options.ttl(), now));
        Map<String, Outcome> outcomes = new TreeMap<>();
        ExecutorService requests =
                Executors.newFixedThreadPool(options.total(), daemons("gongkai-linkcheck-"));
        // The client gets threads of its own: ours block in send(), and would starve it.
        ExecutorService io = Executors.newCachedThreadPool(daemons("gongkai-http-"));
        try {
            HttpClient client =
                    HttpClient.newBuilder()
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            // HTTP/1.1 because upgrading a plain http connection to HTTP/2 trips up
                            // some old servers.
                            .version(HttpClient.Version.HTTP_1_1)
                            .executor(io)
                            .build();
            HttpProbe probe = new HttpProbe(client, options, new HostLimits(options.perHost()));
            Map<String, Future<Outcome>> pending = new TreeMap<>();
            for (String url : urls) {
                if (cache.isPresent() && cache.get().isFresh(url, now)) {
                    outcomes.put(url, Outcome.OK);
                } else {
                    pending.put(url, requests.submit(() -> probe.probe(url)));
                }
            }
            for (Map.Entry<String, Future<Outcome>> e : pending.entrySet()) {
                Outcome o = get(e.getValue());
                outcomes.put(e.getKey(), o);
                if (o.ok()) {
                    cache.ifPresent(c -> c.works(e.getKey(), now));
                }
            }
        } finally {
            requests.shutdownNow();
            io.shutdownNow();
        }
        cache.ifPresent(LinkCache::save);
        return outcomes;
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.error("link.unreachable", "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
