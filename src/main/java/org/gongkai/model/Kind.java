package org.gongkai.model;

import java.util.Optional;

/** What a disclosure is: a budget, final accounts, or a performance evaluation. */
public enum Kind {
    BUDGET("budget"),
    FINAL_ACCOUNTS("final-accounts"),
    PERFORMANCE_EVALUATION("performance-evaluation");

    private final String key;

    Kind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Kind> ofKey(String key) {
        for (Kind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The allowed keys, for messages that list them. */
    public static String keys() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Kind::key).toList());
    }
}
