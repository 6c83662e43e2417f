package org.gongkai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium (Debian's {@code chromium}, driven through its {@code chromedriver}) and
 * what the tests ask of it: a viewport width, a colour scheme, scripts on or off, the requests a
 * page made, axe's violations, a full-page screenshot. Nothing is downloaded: the driver and the
 * browser are given by path, so Selenium Manager never runs. Not thread-safe; one per test run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM =
            Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(
                        p
                                + " is missing: install Debian's chromium and chromium-driver"
                                + " (.ci/run does), or name them with -Dgongkai.chromium and"
                                + " -Dgongkai.chromedriver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --disable-background-networking and friends: Chromium must not call its vendor's hosts,
        // which a closed network (and the request check of LightPageIT) would not allow.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-sync",
                "--disable-default-apps",
                "--hide-scrollbars",
                "--lang=zh-CN",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    WebDriver driver() {
        return driver;
    }

    /** Back to a 1280 × 900 desktop viewport, the screen in the light scheme, scripts on. */
    void reset() {
        viewport(1280, false);
        // No media override: the page is on screen, and print (PDF) uses the print style sheet.
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "media",
                        "",
                        "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        scripts(true);
    }

    /**
     * A viewport {@code width} CSS pixels wide, as a phone ({@code mobile}) or a desktop window.
     */
    void viewport(int width, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        mobile ? 800 : 900,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        mobile));
    }

    /** {@code light} or {@code dark}, as {@code prefers-color-scheme} reports it. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** {@code screen} or {@code print}, as CSS media queries see it on screen. */
    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Loads {@code uri} and waits for its load event. */
    void open(URI uri) {
        driver.get(uri.toString());
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Waits until {@code condition} (a script expression) is true; fails after ten seconds. */
    void waitUntil(String condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(driver.executeScript("return !!(" + condition + ");"))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("still false after 10 s: " + condition);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The URLs of every request the browser made since the last call (from its performance log).
     */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(m.path("params").path("request").path("url").asText());
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }
        return urls;
    }

    /** Runs {@code axe} (the source of axe.min.js) on the page; its violations, as JSON objects. */
    List<JsonNode> axe(String axe) {
        driver.executeScript(axe);
        Object result =
                driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                                + " function (e) { done('axe failed: ' + e); });");
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(String.valueOf(result)).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(String.valueOf(result), e);
        }
    }

    /** A screenshot of the whole page, not only the viewport, as PNG. */
    void screenshot(Path file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot =
                driver.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                Map.of(
                                        "x", 0, "y", 0, "width", width, "height", height, "scale",
                                        1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page printed to PDF as the print style sheet lays it out, on the paper it asks for. */
    void pdf(Path file) {
        Map<String, Object> pdf =
                driver.executeCdpCommand(
                        "Page.printToPDF",
                        Map.of(
                                "preferCSSPageSize",
                                true,
                                "printBackground",
                                true,
                                "displayHeaderFooter",
                                false));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
