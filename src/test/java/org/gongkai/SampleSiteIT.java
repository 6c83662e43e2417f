package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.gongkai.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample site in {@code content/} (the two real seed reports) end to end and checks,
 * page by page, that every figure the seed documents print reached the site.
 */
class SampleSiteIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SEEDS = ROOT.resolve("src/test/resources/seeds");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @TempDir static Path out;

    static String buildOutput;

    @BeforeAll
    static void build() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code =
                Main.run(
                        new String[] {
                            "build",
                            "--source",
                            ROOT.toString(),
                            "--output",
                            out.resolve("site").toString()
                        },
                        new PrintWriter(o),
                        new PrintWriter(e));
        buildOutput = o + "\n" + e;
        assertThat(code).as(buildOutput).isZero();
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve("site").resolve(path);
        return Jsoup.parse(
                Files.readString(file, StandardCharsets.UTF_8),
                "https://budget.example.gov.cn/" + path);
    }

    /** Every number printed in a seed document, as a token of the page's visible text. */
    static void assertEveryFigure(String seed, String pagePath) throws IOException {
        String seedText = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
        Document doc = page(pagePath);
        Set<String> pageNumbers = numbers(doc.text());
        Set<String> seedNumbers = numbers(seedText);
        assertThat(seedNumbers).hasSizeGreaterThan(50);
        assertThat(pageNumbers).as("figures of %s on %s", seed, pagePath).containsAll(seedNumbers);
    }

    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void daoxianReportShowsEveryFigureOfItsSeed() throws IOException {
        assertEveryFigure("daoxian-2023.txt", "dx-zgh/2023/index.html");
    }

    @Test
    void luxianReportShowsEveryFigureOfItsSeed() throws IOException {
        assertEveryFigure("luxian-2023.txt", "lx-zgh/2023/index.html");
    }

    @Test
    void functionalChartHasOneBarPerLeafRow() throws IOException {
        assertThat(page("lx-zgh/2023/index.html").select("svg").first().select("rect.bar"))
                .hasSize(9);
        assertThat(page("dx-zgh/2023/index.html").select("svg").first().select("rect.bar"))
                .hasSize(4);
    }

    @Test
    void indicatorTableHasEveryIndicator() throws IOException {
        Document doc = page("lx-zgh/2023/index.html");
        assertThat(doc.select("table.indicators tbody tr")).hasSize(8);
        assertThat(doc.select("table.indicators tbody tr").get(4).text())
                .contains("提高职工思想文化素质", "优", "110");
    }

    @Test
    void consistencyBoxListsTheSeedsFindings() throws IOException {
        assertThat(
                        page("lx-zgh/2023/index.html")
                                .select(".consistency li.finding")
                                .eachAttr("data-kind"))
                .containsExactly("indicator-score", "score-total");
        assertThat(
                        page("dx-zgh/2023/index.html")
                                .select(".consistency li.finding")
                                .eachAttr("data-kind"))
                .contains("narrative-amount");
    }

    @Test
    void functionalTableIsATreeWithSubtotals() throws IOException {
        Document doc = page("lx-zgh/2023/index.html");
        List<String> subtotal = doc.select("table.by-function tr.subtotal").eachText();
        assertThat(subtotal).contains("201 一般公共服务 470.63 470.63", "20808 抚恤 0.78 0.78");
        assertThat(doc.select("table.by-function tfoot").text()).contains("575.66");
    }

    @Test
    void everyPageKindIsWritten() {
        for (String p :
                List.of(
                        "index.html",
                        "404.html",
                        "years/index.html",
                        "years/2023/index.html",
                        "dx-zgh/index.html",
                        "lx-zgh/index.html",
                        "dx-zgh/2023/data.json",
                        "lx-zgh/2023/indicators.csv",
                        "sitemap.xml",
                        "robots.txt",
                        "feed.xml",
                        "assets/style.css")) {
            assertThat(out.resolve("site").resolve(p)).as(p).isRegularFile();
        }
    }

    @Test
    void csvFilesStartWithAByteOrderMark() throws IOException {
        byte[] csv = Files.readAllBytes(out.resolve("site/lx-zgh/2023/by-function.csv"));
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("2012901,行政运行,186.84,186.84");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try (var files = Files.walk(out.resolve("site"))) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
            for (Path p : pages) {
                assertThat(validator.validate(p)).as(p.toString()).isEmpty();
            }
        }
    }

    @Test
    void secondBuildWritesIdenticalBytes() throws IOException {
        Path again = out.resolve("again");
        int code =
                Main.run(
                        new String[] {
                            "build", "--source", ROOT.toString(), "--output", again.toString()
                        },
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        try (var files = Files.walk(out.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path twin = again.resolve(out.resolve("site").relativize(f));
                assertThat(Files.readAllBytes(twin))
                        .as(f.toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }
}
