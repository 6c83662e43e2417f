package org.gongkai.linkcheck;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: a number of seconds, or an HTTP date (RFC 9110, 10.2.3). */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (!v.isEmpty() && v.chars().allMatch(Chars::isDigit)) {
            return v.length() > 9
                    ? Optional.of(Duration.ofSeconds(Integer.MAX_VALUE))
                    : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
