package org.gongkai.problem;

/** How serious a problem is: errors stop a build, warnings are reported and published. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case name used in messages and JSON. */
    public String label() {
        return label;
    }
}
