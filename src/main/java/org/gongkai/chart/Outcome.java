package org.gongkai.chart;

/**
 * Whether an indicator met its target. Each is drawn with its own shape (a tick, a cross, a dash)
 * and its own word, so that colour is never the only sign.
 */
public enum Outcome {
    MET("met"),
    NOT_MET("not-met"),
    UNKNOWN("unknown");

    private final String cssClass;

    Outcome(String cssClass) {
        this.cssClass = cssClass;
    }

    String cssClass() {
        return cssClass;
    }
}
