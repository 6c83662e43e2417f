package org.gongkai.linkcheck;

import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An absolute URL as written in a page (raw Chinese characters and spaces allowed, as browsers
 * allow them) turned into the ASCII URI a request needs: the host through IDNA, everything else
 * outside printable ASCII percent-encoded as UTF-8. Existing {@code %XX} sequences are kept.
 */
final class RequestUri {
    private static final String UNSAFE = "\"<>\\^`{|} ";

    private RequestUri() {}

    /** The URI, or empty when even so it is not a valid one. */
    static Optional<URI> of(String url) {
        Url u = Url.parse(url);
        if (u.scheme() == null || u.authority() == null) {
            return Optional.empty();
        }
        try {
            String authority = u.authority();
            int at = authority.lastIndexOf('@');
            String user = at < 0 ? "" : authority.substring(0, at + 1);
            String hostPort = authority.substring(at + 1);
            int colon =
                    hostPort.startsWith("[")
                            ? hostPort.indexOf(':', hostPort.indexOf(']'))
                            : hostPort.indexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            String port = colon < 0 ? "" : hostPort.substring(colon);
            StringBuilder sb =
                    new StringBuilder(u.scheme())
                            .append("://")
                            .append(encode(user))
                            .append(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED))
                            .append(port)
                            .append(encode(u.path().isEmpty() ? "/" : u.path()));
            if (u.query() != null) {
                sb.append('?').append(encode(u.query()));
            }
            return Optional.of(new URI(sb.toString()));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F && UNSAFE.indexOf(c) < 0) {
                sb.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%')
                            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return sb.toString();
    }
}
