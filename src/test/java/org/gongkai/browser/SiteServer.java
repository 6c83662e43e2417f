package org.gongkai.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves built sites over HTTP on 127.0.0.1 at a free port, as a static web server would: a folder
 * by its {@code index.html}, a missing file by the site's {@code 404.html} with status 404. Each
 * site is mounted at its base path ({@code /}, {@code /en/}). Thread-safe; {@link #close} stops it.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "json", "application/json",
                    "xml", "application/xml",
                    "csv", "text/csv; charset=utf-8",
                    "txt", "text/plain; charset=utf-8",
                    "svg", "image/svg+xml");

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Map.Entry<String, Path>> mounts;

    private SiteServer(
            HttpServer server, ExecutorService threads, List<Map.Entry<String, Path>> mounts) {
        this.server = server;
        this.threads = threads;
        this.mounts = mounts;
    }

    /** Serves each folder of {@code mounts} (base path to site folder), the longest path first. */
    static SiteServer start(Map<String, Path> mounts) {
        List<Map.Entry<String, Path>> sorted = new ArrayList<>(mounts.entrySet());
        sorted.sort(
                Comparator.comparingInt((Map.Entry<String, Path> e) -> e.getKey().length())
                        .reversed());
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // Browsers fetch a page's files in parallel; so does the search page its shards.
            ExecutorService threads = Executors.newFixedThreadPool(4);
            server.setExecutor(threads);
            SiteServer s = new SiteServer(server, threads, List.copyOf(sorted));
            server.createContext("/", s::handle);
            server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} (already percent-encoded where it needs to be). */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            for (Map.Entry<String, Path> m : mounts) {
                if (path.startsWith(m.getKey())) {
                    serve(ex, m.getValue(), path.substring(m.getKey().length()));
                    return;
                }
            }
            send(ex, 404, "txt", new byte[0]);
        }
    }

    private void serve(HttpExchange ex, Path root, String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (file.startsWith(root) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(ex, 404, "html", Files.readAllBytes(root.resolve("404.html")));
            return;
        }
        String name = file.getFileName().toString();
        send(ex, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
    }

    private static void send(HttpExchange ex, int status, String extension, byte[] body)
            throws IOException {
        ex.getResponseHeaders()
                .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
