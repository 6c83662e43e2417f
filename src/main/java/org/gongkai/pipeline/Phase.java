package org.gongkai.pipeline;

/** The phases of a build, in pipeline order, as the timing summary names them. */
public enum Phase {
    CONFIG("config"),
    /** Reading and writing the build cache; in a full build also stamping every source file. */
    CACHE("cache"),
    /** Finding the sources that changed since the cached build (an incremental build only). */
    CHANGES("changes"),
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
