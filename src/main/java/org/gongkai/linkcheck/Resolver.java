package org.gongkai.linkcheck;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.problem.Message;

/**
 * Resolves references as the browser and the web server will: against the page's URL (or its {@code
 * <base href>}), under the path of {@code base_url} when the site lives in a sub-folder, with
 * absolute URLs to the site's own host taken as files of the site. Without a base URL the checked
 * folder is the root of an anonymous host, so root-relative links lead into it and every absolute
 * URL is another site. Thread-safe.
 */
final class Resolver {
    private final String scheme;
    private final String authority;
    private final String basePath;

    Resolver(Optional<URI> baseUrl) {
        if (baseUrl.isPresent()) {
            URI u = baseUrl.get();
            scheme = u.getScheme().toLowerCase(Locale.ROOT);
            authority = normalize(scheme, u.getRawAuthority());
            String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            basePath = p.endsWith("/") ? p : p + "/";
        } else {
            // An empty host: no absolute http URL can have one (that is malformed), so only
            // references resolved against a page land here.
            scheme = "https";
            authority = "";
            basePath = "/";
        }
    }

    boolean isHttps() {
        return scheme.equals("https") && !authority.isEmpty();
    }

    /** The URL that relative references of {@code page} resolve against. */
    Url documentBase(String page, Optional<String> baseHref) {
        Url pageUrl = new Url(scheme, authority, basePath + Percent.encodePath(page), null, null);
        if (baseHref.isEmpty()) {
            return pageUrl;
        }
        String href = Chars.urlTrim(baseHref.get());
        Url ref = Url.parse(href);
        if (href.isEmpty()
                || (ref.scheme() != null && !isHttp(ref.scheme()))
                || validHost(ref).isPresent()) {
            return pageUrl;
        }
        return pageUrl.resolve(ref).url();
    }

    /**
     * The absolute URL {@code url} resolves to, fragment included, for matching ignore patterns;
     * empty for other schemes, malformed URLs, and links into a folder checked without a base URL.
     */
    Optional<String> absolute(Url base, String url) {
        Url ref = Url.parse(url);
        if ((ref.scheme() != null && !isHttp(ref.scheme())) || validHost(ref).isPresent()) {
            return Optional.empty();
        }
        Url u = base.resolve(ref).url();
        if (u.authority() == null || u.authority().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                u.fragment() == null
                        ? u.withoutFragment()
                        : u.withoutFragment() + "#" + u.fragment());
    }

    /** Where {@code url} (trimmed, not empty) leads from a page whose base is {@code base}. */
    Target target(Url base, String url) {
        Url ref = Url.parse(url);
        if (ref.scheme() != null && !isHttp(ref.scheme())) {
            return switch (ref.scheme()) {
                case "mailto" ->
                        Schemes.mailto(url.substring(7))
                                .<Target>map(Target.Broken::new)
                                .orElse(Target.FINE);
                case "tel" ->
                        Schemes.tel(url.substring(4))
                                .<Target>map(Target.Broken::new)
                                .orElse(Target.FINE);
                default -> Target.FINE;
            };
        }
        Optional<Message> host = validHost(ref);
        if (host.isPresent()) {
            return new Target.Broken(host.get());
        }
        if (url.indexOf('\\') >= 0) {
            return new Target.Broken(Message.of("link.backslash"));
        }
        Url.Resolved r = base.resolve(ref);
        Url u = r.url();
        if (!isHttp(u.scheme())) {
            return Target.FINE;
        }
        if (!normalize(u.scheme(), u.authority()).equals(authority)) {
            return new Target.External(u.withoutFragment());
        }
        String path = u.path();
        if (!path.startsWith(basePath) && !(path + "/").equals(basePath)) {
            if (ref.authority() != null) {
                return new Target.External(u.withoutFragment());
            }
            return new Target.Broken(
                    r.aboveRoot()
                            ? Message.of("link.above-root")
                            : Message.of("link.outside-base", basePath));
        }
        if (r.aboveRoot()) {
            return new Target.Broken(Message.of("link.above-root"));
        }
        String rel = path.length() <= basePath.length() ? "" : path.substring(basePath.length());
        Optional<String> decoded = Percent.decode(rel);
        if (decoded.isEmpty()) {
            return new Target.Broken(Message.of("link.bad-percent"));
        }
        return new Target.Local(decoded.get(), rel.isEmpty() || rel.endsWith("/"), u.fragment());
    }

    private static boolean isHttp(String scheme) {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** Why the host of an absolute or network-path reference is malformed, if it is. */
    private static Optional<Message> validHost(Url ref) {
        if (ref.scheme() != null && ref.authority() == null) {
            return Optional.of(Message.of("link.no-slashes", ref.scheme()));
        }
        if (ref.authority() == null) {
            return Optional.empty();
        }
        String a = ref.authority().substring(ref.authority().lastIndexOf('@') + 1);
        String host = a;
        String port = "";
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            host = close < 0 ? a : a.substring(0, close + 1);
            port = close < 0 || close + 1 >= a.length() ? "" : a.substring(close + 1);
            if (!port.isEmpty() && port.charAt(0) != ':') {
                return Optional.of(Message.of("link.bad-host", a));
            }
            port = port.isEmpty() ? "" : port.substring(1);
        } else if (a.indexOf(':') >= 0) {
            host = a.substring(0, a.indexOf(':'));
            port = a.substring(a.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            return Optional.of(Message.of("link.no-host"));
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= ' '
                    || "<>\"{}|\\^`%".indexOf(c) >= 0
                    || (!host.startsWith("[") && (c == '[' || c == ']'))) {
                return Optional.of(Message.of("link.bad-host", host));
            }
        }
        if (!port.isEmpty()
                && (!port.chars().allMatch(Chars::isDigit)
                        || port.length() > 5
                        || Integer.parseInt(port) > 65535)) {
            return Optional.of(Message.of("link.bad-port", port));
        }
        return Optional.empty();
    }

    /** Host in lower case, without a trailing dot or the scheme's default port. */
    private static String normalize(String scheme, String authority) {
        if (authority == null) {
            return "";
        }
        String a = authority.toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equals("https") ? ":443" : ":80";
        if (a.endsWith(defaultPort)) {
            a = a.substring(0, a.length() - defaultPort.length());
        }
        return a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
    }
}
