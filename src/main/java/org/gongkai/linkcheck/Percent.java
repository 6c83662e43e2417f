package org.gongkai.linkcheck;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding as a web server does it for a path: {@code %XX} sequences are UTF-8 bytes, raw
 * characters (a Chinese file name written as is) stay as they are, and {@code +} stays a plus.
 * Decoding happens once, so a path encoded twice ({@code %25E4...}) names a file with {@code %} in
 * its name, which is not there.
 */
final class Percent {
    private Percent() {}

    /**
     * The decoded text, or empty when a {@code %} is not followed by two hex digits or the bytes
     * are not UTF-8.
     */
    static Optional<String> decode(String s) {
        int first = s.indexOf('%');
        if (first < 0) {
            return Optional.of(s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        int i = first;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            bytes.reset();
            while (i < s.length() && s.charAt(i) == '%') {
                if (i + 2 >= s.length()
                        || !Chars.isHexDigit(s.charAt(i + 1))
                        || !Chars.isHexDigit(s.charAt(i + 2))) {
                    return Optional.empty();
                }
                bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 3;
            }
            try {
                out.append(
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    /**
     * A site path written as a URL path: {@code %}, {@code ?} and {@code #} in file names are
     * encoded so that decoding gives the name back; everything else is kept as is.
     */
    static String encodePath(String path) {
        if (path.indexOf('%') < 0 && path.indexOf('?') < 0 && path.indexOf('#') < 0) {
            return path;
        }
        return path.replace("%", "%25").replace("?", "%3F").replace("#", "%23");
    }
}
