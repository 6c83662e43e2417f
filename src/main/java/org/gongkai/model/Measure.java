package org.gongkai.model;

import java.util.Optional;

/** The amounts a line item can state, by their key in front matter. */
public enum Measure {
    BUDGET("budget"),
    ADJUSTED("adjusted"),
    ACTUAL("actual"),
    BASIC("basic"),
    PROJECT("project");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Measure> ofKey(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
