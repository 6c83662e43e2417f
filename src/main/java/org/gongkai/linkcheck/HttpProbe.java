package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a server whether one URL works: {@code HEAD} first, {@code GET} when {@code HEAD} does not
 * succeed (many servers refuse or mishandle it); redirects followed by hand, so that they can be
 * counted and a broken target reported under the URL as written; retries with a doubling wait after
 * a 5xx answer or a timeout, and after a 429 as long as its {@code Retry-After} says. {@code 403}
 * and {@code 429} that persist are warnings: servers answer them to robots, and a publication must
 * not depend on another site's robot policy. Thread-safe.
 */
final class HttpProbe {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final ExternalOptions options;
    private final HostLimits limits;

    HttpProbe(HttpClient client, ExternalOptions options, HostLimits limits) {
        this.client = client;
        this.options = options;
        this.limits = limits;
    }

    /** The last answer for one method, after redirects and retries. */
    private record Answer(int status, URI uri, int redirects, Outcome failure) {}

    Outcome probe(String url) {
        Optional<URI> uri = RequestUri.of(url);
        if (uri.isEmpty()) {
            return Outcome.error("link.malformed");
        }
        Answer head = follow(uri.get(), "HEAD");
        if (success(head)) {
            return Outcome.OK;
        }
        Answer get = follow(uri.get(), "GET");
        return success(get) ? Outcome.OK : verdict(get);
    }

    private static boolean success(Answer a) {
        return a.failure == null && a.status >= 200 && a.status < 300;
    }

    private static Outcome verdict(Answer a) {
        if (a.failure != null) {
            return a.failure;
        }
        if (a.status == 403 || a.status == 429) {
            return a.redirects > 0
                    ? Outcome.warning("link.blocked-redirect", a.status, a.uri)
                    : Outcome.warning("link.blocked", a.status);
        }
        return a.redirects > 0
                ? Outcome.error("link.status-redirect", a.status, a.uri)
                : Outcome.error("link.status", a.status);
    }

    private Answer follow(URI start, String method) {
        URI uri = start;
        for (int hop = 0; hop <= ExternalOptions.MAX_REDIRECTS; hop++) {
            Answer a = send(uri, method, hop);
            if (a.failure != null || !REDIRECTS.contains(a.status) || a.redirects == hop) {
                return a;
            }
            uri = a.uri;
        }
        return new Answer(
                0,
                uri,
                ExternalOptions.MAX_REDIRECTS,
                Outcome.error("link.redirects", ExternalOptions.MAX_REDIRECTS));
    }

    /**
     * One request with its retries. For a redirect the answer's {@code uri} is where it points;
     * otherwise it is the URI asked.
     */
    private Answer send(URI uri, String method, int hop) {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= options.retries();
            HttpResponse<InputStream> response;
            try {
                response =
                        limits.call(
                                uri.getHost(),
                                () ->
                                        client.send(
                                                request(uri, method),
                                                HttpResponse.BodyHandlers.ofInputStream()));
            } catch (HttpTimeoutException e) {
                if (last || !sleep(backoff(attempt))) {
                    Duration limit =
                            e instanceof HttpConnectTimeoutException
                                    ? options.connectTimeout()
                                    : options.readTimeout();
                    return new Answer(0, uri, hop, Outcome.error("link.timeout", seconds(limit)));
                }
                continue;
            } catch (IOException e) {
                return new Answer(0, uri, hop, Outcome.error("link.unreachable", describe(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, uri, hop, Outcome.error("link.unreachable", "interrupted"));
            }
            close(response.body());
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new Answer(status, uri, hop, null);
                }
                Optional<URI> next = resolve(uri, location.get());
                return next.map(n -> new Answer(status, n, hop + 1, null))
                        .orElseGet(
                                () ->
                                        new Answer(
                                                status,
                                                uri,
                                                hop,
                                                Outcome.error(
                                                        "link.bad-redirect", location.get())));
            }
            if (last) {
                return new Answer(status, uri, hop, null);
            }
            Duration wait;
            if (status == 429) {
                Optional<Duration> after =
                        response.headers()
                                .firstValue("Retry-After")
                                .flatMap(v -> RetryAfter.parse(v, Instant.now()));
                wait = after.orElse(backoff(attempt));
                if (wait.compareTo(options.maxRetryAfter()) > 0) {
                    return new Answer(status, uri, hop, null);
                }
            } else if (status >= 500) {
                wait = backoff(attempt);
            } else {
                return new Answer(status, uri, hop, null);
            }
            if (!sleep(wait)) {
                return new Answer(status, uri, hop, null);
            }
        }
    }

    private HttpRequest request(URI uri, String method) {
        return HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.readTimeout())
                .header("User-Agent", "gongkai-linkcheck/1")
                .header("Accept", "*/*")
                .build();
    }

    /**
     * Where a {@code Location} header points, resolved against the URI asked; empty when it is no
     * URL.
     */
    private static Optional<URI> resolve(URI base, String location) {
        Url target = Url.parse(base.toString()).resolve(Url.parse(Chars.urlTrim(location))).url();
        return RequestUri.of(target.withoutFragment());
    }

    private Duration backoff(int attempt) {
        return options.backoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void close(InputStream body) {
        try {
            body.close(); // only the status matters; closing early spares downloading a large file
        } catch (IOException e) {
            // the status is already in hand, and the connection is dropped either way
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0
                ? String.valueOf(d.toSeconds())
                : String.valueOf(d.toMillis() / 1000.0);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
