package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * External links against a server started here on 127.0.0.1 (random port): each path of it answers
 * as one kind of remote site does, and counts the requests it gets.
 */
@Timeout(30)
class ExternalLinksTest {
    @TempDir Path site;

    private HttpServer server;
    private ExecutorService threads;
    private String root;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int n = requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        boolean head = x.getRequestMethod().equals("HEAD");
        int running = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(running, Math::max);
        try {
            switch (path) {
                case "/ok", "/ok/", "/count" -> send(x, 200);
                case "/missing" -> send(x, 404);
                case "/moved" -> redirect(x, "/ok");
                case "/moved-relative" -> redirect(x, "ok/");
                case "/moved-to-missing" -> redirect(x, root + "/missing");
                case "/loop" -> redirect(x, "/loop");
                case "/no-head" -> send(x, head ? 405 : 200);
                case "/busy" -> {
                    if (n == 1) {
                        x.getResponseHeaders().set("Retry-After", "1");
                        send(x, 429);
                    } else {
                        send(x, 200);
                    }
                }
                case "/flaky" -> send(x, n == 1 ? 500 : 200);
                case "/down" -> send(x, 503);
                case "/slow" -> {
                    sleep(1500);
                    send(x, 200);
                }
                case "/forbidden" -> send(x, 403);
                case "/pace" -> send(x, 429);
                default -> {
                    if (path.startsWith("/wait-")) {
                        sleep(150);
                        send(x, 200);
                    } else {
                        send(x, 404);
                    }
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void send(HttpExchange x, int status) throws IOException {
        if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(status, -1);
        } else {
            byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(status, body.length);
            x.getResponseBody().write(body);
        }
        x.close();
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        send(x, 301);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LinkChecker.Builder checker() {
        return LinkChecker.builder()
                .external(true)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(300))
                .retries(1)
                .backoff(Duration.ofMillis(10));
    }

    private void page(String name, String... paths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String p : paths) {
            sb.append("<a href=\"")
                    .append(p.startsWith("http") ? p : root + p)
                    .append("\">x</a>\n");
        }
        Files.writeString(site.resolve(name), sb.toString());
    }

    private String findings(Report r) {
        return r.findings().stream()
                .map(
                        f ->
                                f.severity().label()
                                        + " "
                                        + f.file()
                                        + ":"
                                        + f.line()
                                        + " "
                                        + f.url().replace(root, "")
                                        + " "
                                        + f.reasonText(java.util.Locale.ENGLISH).replace(root, ""))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void eachAnswerGivesItsFinding() throws IOException {
        page(
                "index.html",
                "/ok",
                "/missing",
                "/moved",
                "/moved-to-missing",
                "/no-head",
                "/busy",
                "/flaky",
                "/slow",
                "/forbidden",
                "/moved-relative",
                "/loop");
        Report r = checker().build().check(site);
        assertThat(findings(r))
                .isEqualTo(
"""
error index.html:2 /missing the server answered 404
error index.html:4 /moved-to-missing redirected to /missing, which answered 404
error index.html:8 /slow no answer within 0.3 s
warning index.html:9 /forbidden the server answered 403, which may only mean that it turns robots away: \
check the link in a browser
error index.html:11 /loop more than 10 redirects""");
        assertThat(r.links()).isEqualTo(11);
    }

    @Test
    void headThatFailsIsAskedAgainWithGet() throws IOException {
        page("index.html", "/no-head");
        assertThat(checker().build().check(site).findings()).isEmpty();
        assertThat(requests.get("/no-head")).hasValue(2);
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSays() throws IOException {
        page("index.html", "/busy");
        Instant start = Instant.now();
        assertThat(checker().build().check(site).findings()).isEmpty();
        assertThat(Duration.between(start, Instant.now()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(requests.get("/busy")).hasValue(2);
    }

    @Test
    void serverErrorIsRetriedAndOnlyThenReported() throws IOException {
        page("index.html", "/flaky", "/down");
        Report r = checker().retries(2).build().check(site);
        assertThat(findings(r)).isEqualTo("error index.html:2 /down the server answered 503");
        assertThat(requests.get("/flaky")).hasValue(2);
        // HEAD and GET, each tried three times
        assertThat(requests.get("/down")).hasValue(6);
    }

    @Test
    void persistentTooManyRequestsIsAWarning() throws IOException {
        page("index.html", "/pace");
        Report r = checker().build().check(site);
        assertThat(findings(r))
                .isEqualTo(
                        "warning index.html:1 /pace the server answered 429, which may only mean "
                                + "that it turns robots away: check the link in a browser");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void identicalUrlsAreAskedOnceAndReportedWhereverWritten() throws IOException {
        page("a.html", "/count", "/missing", "/missing#part");
        page("b.html", "/count", "/missing");
        Report r = checker().build().check(site);
        assertThat(findings(r))
                .isEqualTo(
                        """
                        error a.html:2 /missing the server answered 404
                        error a.html:3 /missing#part the server answered 404
                        error b.html:2 /missing the server answered 404""");
        assertThat(requests.get("/count")).hasValue(1);
        assertThat(requests.get("/missing")).hasValue(2); // HEAD, then GET
    }

    @Test
    void workingLinksAreCachedAndFailuresAskedAgain() throws IOException {
        page("index.html", "/count", "/missing");
        Path cache = site.resolveSibling(site.getFileName() + "-cache").resolve("links.tsv");
        LinkChecker checker = checker().cache(cache).build();
        checker.check(site);
        Report second = checker.check(site);
        assertThat(findings(second))
                .isEqualTo("error index.html:2 /missing the server answered 404");
        assertThat(requests.get("/count")).hasValue(1);
        assertThat(requests.get("/missing")).hasValue(4);
        assertThat(Files.readString(cache))
                .matches("\\d+\t" + root.replace(".", "\\.") + "/count\n");
    }

    @Test
    void cachedResultsExpire() throws IOException {
        page("index.html", "/count");
        Path cache = site.resolveSibling(site.getFileName() + "-cache.tsv");
        long dayAndAMinuteAgo =
                Instant.now().minus(Duration.ofHours(24)).minusSeconds(60).getEpochSecond();
        Files.writeString(cache, dayAndAMinuteAgo + "\t" + root + "/count\n");
        checker().cache(cache).build().check(site);
        assertThat(requests.get("/count")).hasValue(1);
        Files.writeString(
                cache, Instant.now().minusSeconds(60).getEpochSecond() + "\t" + root + "/count\n");
        checker().cache(cache).build().check(site);
        assertThat(requests.get("/count")).hasValue(1);
    }

    @Test
    void requestsToOneHostAreLimited() throws IOException {
        page(
                "index.html",
                List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
                        .map(i -> "/wait-" + i)
                        .toArray(String[]::new));
        Report r = checker().readTimeout(Duration.ofSeconds(5)).perHost(2).build().check(site);
        assertThat(r.findings()).isEmpty();
        assertThat(maxInFlight.get()).isEqualTo(2);
    }

    @Test
    void offlineByDefault() throws IOException {
        page("index.html", "/missing");
        assertThat(LinkChecker.builder().build().check(site).findings()).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void ignoredUrlsAreNotAsked() throws IOException {
        page("index.html", "/missing", "/forbidden");
        Files.writeString(
                site.resolve("more.html"),
                "<p data-check-ignore><a href=\"" + root + "/slow\">x</a></p>");
        Report r = checker().ignore(List.of("/missing$")).build().check(site);
        assertThat(findings(r)).startsWith("warning index.html:2 /forbidden");
        assertThat(requests).containsOnlyKeys("/forbidden");
    }
}
