package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Markup for a template to print as it is, already encoded as UTF-8: what {@code table(view)} and
 * {@code chart(view)} give. {@link Utf8Writer} copies the bytes into the page; anything else that
 * prints it sees the text ({@link #toString}). Immutable.
 */
final class SafeUtf8 extends SafeString {
    private final byte[] utf8;

    SafeUtf8(byte[] utf8) {
        super(""); // the text is decoded on demand; pages never need it
        this.utf8 = utf8;
    }

    /** The bytes, not a copy: callers only read them. */
    byte[] utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeUtf8 s && Arrays.equals(utf8, s.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
