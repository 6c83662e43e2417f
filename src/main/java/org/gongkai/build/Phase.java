package org.gongkai.build;

/** The phases of a build, in pipeline order, as the timing summary names them. */
public enum Phase {
    CONFIG("config"),
    LOAD("load"),
    CHECK("check"),
    RENDER("render"),
    WRITE("write"),
    SEARCH("search"),
    AGGREGATE("aggregate"),
    LINK_CHECK("link check"),
    SWAP("swap");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
