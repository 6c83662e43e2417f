package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of reconciliation finding, spelled as in messages, JSON and the theme's bundles. */
public enum FindingKind {
    CHILDREN_SUM("children-sum"),
    TOTALS("totals"),
    CLASSIFICATION_MISMATCH("classification-mismatch"),
    BALANCE("balance"),
    BASIC_PROJECT("basic-project"),
    THREE_PUBLIC("three-public"),
    INDICATOR_SCORE("indicator-score"),
    INDICATOR_WEIGHTS("indicator-weights"),
    SCORE_TOTAL("score-total"),
    NARRATIVE_AMOUNT("narrative-amount");

    private final String key;

    FindingKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FindingKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
