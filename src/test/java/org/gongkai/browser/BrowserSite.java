package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The sample site ({@code content/}, served at {@code /}) and the English test site ({@code
 * src/test/resources/sites/english}, served at {@code /en/}), built once per test run under {@code
 * target/browser-sites/}, served on 127.0.0.1, with one headless Chromium to look at them. Test
 * classes get it as a parameter through {@link Resolver}; it lives in JUnit's root store, which
 * closes it after the last test.
 */
final class BrowserSite implements AutoCloseable {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path AXE = ROOT.resolve("src/test/browser/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = ROOT.resolve("target/screenshots");

    private final Path sample;
    private final SiteServer server;
    private final Browser browser;
    private String axe;

    private BrowserSite(Path sample, SiteServer server, Browser browser) {
        this.sample = sample;
        this.server = server;
        this.browser = browser;
    }

    static BrowserSite start() {
        Path out = ROOT.resolve("target/browser-sites");
        Path sample = build(ROOT, out.resolve("sample"));
        Path english =
                build(ROOT.resolve("src/test/resources/sites/english"), out.resolve("english"));
        SiteServer server = SiteServer.start(Map.of("/", sample, "/en/", english));
        try {
            return new BrowserSite(sample, server, Browser.start());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Path build(Path source, Path output) {
        StringWriter log = new StringWriter();
        int code =
                Main.run(
                        new String[] {
                            "build", "--source", source.toString(), "--output", output.toString()
                        },
                        new PrintWriter(log),
                        new PrintWriter(log));
        assertThat(code).as(log.toString()).isZero();
        return output.toAbsolutePath().normalize();
    }

    /** The built sample site's folder. */
    Path sample() {
        return sample;
    }

    Browser browser() {
        return browser;
    }

    /** The address of a site path; the query is percent-encoded here. */
    URI uri(String path, String query) {
        return server.uri(
                path
                        + (query.isEmpty()
                                ? ""
                                : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    URI uri(String path) {
        return uri(path, "");
    }

    /**
     * Resets the browser and opens {@code kind}'s page at {@code width} CSS pixels; for the search
     * page, waits until its results are shown.
     */
    void open(PageKind kind, int width) {
        browser.reset();
        browser.viewport(width, width < 800);
        browser.open(uri(kind.path(), kind.query()));
        if (!kind.query().isEmpty()) {
            browser.waitUntil(SEARCH_DONE);
        }
    }

    /** True once the search page has answered its query. */
    static final String SEARCH_DONE =
            "document.getElementById('search').getAttribute('aria-busy') === 'false'"
                    + " && document.getElementById('search-status').textContent !== ''";

    /** The source of axe-core, pinned in {@code src/test/browser/package-lock.json}. */
    synchronized String axe() {
        if (axe == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException(
                        AXE
                                + " is missing: run `npm ci` in src/test/browser"
                                + " (.ci/run and `mvn verify` do)");
            }
            try {
                axe = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    /** Gives test methods and lifecycle methods the one {@link BrowserSite} of the run. */
    static final class Resolver implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(BrowserSite.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserSite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(BrowserSite.class, k -> start(), BrowserSite.class);
        }
    }
}
