package org.gongkai.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A URL split into its parts as RFC 3986 does, leniently (raw spaces and Chinese characters are
 * kept as written), and resolved against a base as a browser does. Absent parts are null: this type
 * stays inside the package.
 *
 * @param scheme lower case, or null for a relative reference
 * @param authority the host with its user and port, or null when there is no {@code //}
 * @param path the path as written (possibly empty)
 * @param query after {@code ?}, or null
 * @param fragment after {@code #}, or null
 */
record Url(String scheme, String authority, String path, String query, String fragment) {

    static Url parse(String s) {
        int i = 0;
        String scheme = null;
        int colon = schemeEnd(s);
        if (colon > 0) {
            scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
            i = colon + 1;
        }
        String authority = null;
        if (s.startsWith("//", i)) {
            int end = indexOfAny(s, '/', '?', '#', i + 2);
            authority = s.substring(i + 2, end);
            i = end;
        }
        int pathEnd = indexOfAny(s, '?', '#', '#', i);
        String path = s.substring(i, pathEnd);
        String query = null;
        String fragment = null;
        i = pathEnd;
        if (i < s.length() && s.charAt(i) == '?') {
            int end = s.indexOf('#', i);
            end = end < 0 ? s.length() : end;
            query = s.substring(i + 1, end);
            i = end;
        }
        if (i < s.length()) {
            fragment = s.substring(i + 1);
        }
        return new Url(scheme, authority, path, query, fragment);
    }

    /** The index of the colon that ends a scheme at the start of {@code s}, or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !Chars.isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOfAny(String s, char a, char b, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == a || x == b || x == c) {
                return i;
            }
        }
        return s.length();
    }

    /** The result of resolving, and whether {@code ..} segments tried to climb above {@code /}. */
    record Resolved(Url url, boolean aboveRoot) {}

    /** Resolves {@code ref} against this absolute URL (RFC 3986, section 5.2.2). */
    Resolved resolve(Url ref) {
        if (ref.scheme != null) {
            Path p = Path.normalize(ref.path.isEmpty() && ref.authority != null ? "/" : ref.path);
            return new Resolved(
                    new Url(ref.scheme, ref.authority, p.path, ref.query, ref.fragment),
                    p.aboveRoot);
        }
        if (ref.authority != null) {
            Path p = Path.normalize(ref.path.isEmpty() ? "/" : ref.path);
            return new Resolved(
                    new Url(scheme, ref.authority, p.path, ref.query, ref.fragment), p.aboveRoot);
        }
        if (ref.path.isEmpty()) {
            return new Resolved(
                    new Url(
                            scheme,
                            authority,
                            path,
                            ref.query != null ? ref.query : query,
                            ref.fragment),
                    false);
        }
        String merged =
                ref.path.startsWith("/")
                        ? ref.path
                        : path.substring(0, path.lastIndexOf('/') + 1) + ref.path;
        Path p = Path.normalize(merged);
        return new Resolved(
                new Url(scheme, authority, p.path, ref.query, ref.fragment), p.aboveRoot);
    }

    /** The URL without its fragment, as a server receives it. */
    String withoutFragment() {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        if (authority != null) {
            sb.append("//").append(authority);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** A path with its dot segments removed. */
    private record Path(String path, boolean aboveRoot) {
        static Path normalize(String path) {
            if (!path.startsWith("/") || !hasDotSegment(path)) {
                return new Path(path, false);
            }
            List<String> out = new ArrayList<>();
            boolean above = false;
            String[] segments = path.split("/", -1);
            // segments[0] is the empty string before the leading slash of an absolute path
            for (int k = 1; k < segments.length; k++) {
                String seg = segments[k];
                boolean last = k == segments.length - 1;
                if (isDot(seg)) {
                    if (last) {
                        out.add("");
                    }
                } else if (isDotDot(seg)) {
                    if (out.isEmpty()) {
                        above = true;
                    } else {
                        out.remove(out.size() - 1);
                    }
                    if (last) {
                        out.add("");
                    }
                } else {
                    out.add(seg);
                }
            }
            return new Path("/" + String.join("/", out), above);
        }

        /** Whether a segment of {@code path} may be {@code .} or {@code ..}, written or encoded. */
        private static boolean hasDotSegment(String path) {
            for (int i = path.indexOf('/');
                    i >= 0 && i + 1 < path.length();
                    i = path.indexOf('/', i + 1)) {
                char c = path.charAt(i + 1);
                if (c == '.' || c == '%') {
                    return true;
                }
            }
            return false;
        }

        // The URL standard counts %2e as a dot here, as browsers do.
        private static boolean isDot(String s) {
            return s.equals(".") || s.equalsIgnoreCase("%2e");
        }

        private static boolean isDotDot(String s) {
            return s.equals("..")
                    || s.equalsIgnoreCase(".%2e")
                    || s.equalsIgnoreCase("%2e.")
                    || s.equalsIgnoreCase("%2e%2e");
        }
    }
}
