package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;

/** The grades of a qualitative indicator, best first: 优 > 良 > 中 > 低 > 差. */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    LOW("低"),
    POOR("差");

    private final String text;

    Grade(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Grade> of(String text) {
        String t = text.strip();
        return Arrays.stream(values()).filter(g -> g.text.equals(t)).findFirst();
    }

    /** Whether this grade is at least as good as {@code other}. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }
}
