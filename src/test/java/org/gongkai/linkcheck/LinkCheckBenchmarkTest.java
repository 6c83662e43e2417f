package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark on a small generated site: it runs, and counts what it checked. */
class LinkCheckBenchmarkTest {
    @TempDir Path site;

    @Test
    void printsPagesAndLinksPerSecondForEachRun() throws IOException {
        for (int d = 0; d < 20; d++) {
            for (int y = 2020; y < 2025; y++) {
                Path page = site.resolve("d" + d + "/" + y + "/index.html");
                Files.createDirectories(page.getParent());
                Files.writeString(
                        page,
                        "<h2 id=\"一概况\">一、概况</h2>\n<a href=\"/\">home</a> <a href=\"#一概况\">top</a>"
                                + " <a href=\"../"
                                + (y == 2020 ? 2024 : y - 1)
                                + "/\">year before</a>"
                                + " <a href=\"/d"
                                + (d + 1) % 20
                                + "/"
                                + y
                                + "/#一概况\">next</a>\n");
            }
        }
        Files.writeString(site.resolve("index.html"), "<a href=\"d0/2020/\">first</a>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinkChecker checker =
                LinkChecker.builder().baseUrl(URI.create("https://budget.example.gov.cn/")).build();
        LinkCheckBenchmark.run(
                checker, site, 2, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches(
                        "(?s)run 1: 101 pages, 401 links, 0 findings in [0-9.]+ s \\([0-9.]+ s"
                                + " CPU\\): \\d+ pages/s, \\d+ links/s\n"
                                + "run 2: 101 pages, 401 links, .*\n");
    }
}
