package org.gongkai.yaml;

/**
 * Bounds on what one content file may hold. They are far above any real disclosure (the largest
 * seed has a few hundred values) and low enough that a hostile or broken file is refused in
 * milliseconds instead of exhausting memory.
 */
public final class Limits {
    /** Bytes in one content file. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** Nesting of mappings and lists in front matter, {@code items} included. */
    public static final int MAX_DEPTH = 24;

    /**
     * Nesting in a Markdown narrative: block quotes, lists, square brackets, runs of emphasis
     * characters. The Markdown parser recurses once per level.
     */
    public static final int MAX_MARKDOWN_NESTING = 100;

    /** Keys and list entries in one front matter. */
    public static final int MAX_VALUES = 50_000;

    private Limits() {}
}
