package org.gongkai.linkcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How links to other sites are checked.
 *
 * @param perHost requests to one host at a time
 * @param total requests at a time in all
 * @param connectTimeout to open a connection
 * @param readTimeout from the request to the response's headers
 * @param retries further attempts after a 5xx answer, a 429 or a timeout
 * @param backoff the wait before the first retry, doubled before each further one
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one ends the retries
 * @param cache the file that keeps successful results, if any
 * @param ttl how long a kept result stays valid
 */
record ExternalOptions(
        int perHost,
        int total,
        Duration connectTimeout,
        Duration readTimeout,
        int retries,
        Duration backoff,
        Duration maxRetryAfter,
        Optional<Path> cache,
        Duration ttl) {

    /** Redirects followed for one URL, as browsers and curl count them. */
    static final int MAX_REDIRECTS = 10;

    ExternalOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(ttl, "ttl");
    }
}
