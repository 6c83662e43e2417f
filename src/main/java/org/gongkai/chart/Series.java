package org.gongkai.chart;

import java.util.Objects;

/**
 * One series of a chart with several (initial budget, adjusted budget, actual): its key, which
 * names the CSS class {@code s-<key>} its bars are drawn with, and its name in the legend.
 */
public record Series(String key, String name) {
    public Series {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "series key must be lower-case letters, digits and -: " + key);
        }
    }

    String cssClass() {
        return "s-" + key;
    }
}
