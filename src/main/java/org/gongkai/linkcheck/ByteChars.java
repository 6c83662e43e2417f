package org.gongkai.linkcheck;

import java.nio.charset.StandardCharsets;

/**
 * A page's bytes seen as characters, one per byte, so that the small parsers for srcset, CSS and
 * refresh values can read a page without decoding it. Every character they look for is ASCII, and
 * no byte of a multi-byte UTF-8 character is ASCII, so ranges they return are byte ranges.
 */
final class ByteChars implements CharSequence {
    private final byte[] bytes;
    private final int length;

    /** The first {@code length} bytes of {@code bytes}. */
    ByteChars(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
