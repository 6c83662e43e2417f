package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.pipeline.BuildOptions;
import org.gongkai.pipeline.BuildResult;
import org.gongkai.pipeline.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the chart fixture site and reads its pages back: every chart is where it belongs, with as
 * many bars as the content has rows, its title and description, and its data table.
 */
class ChartPagesIT {
    private static final Path SITE = Path.of("src/test/resources/org/gongkai/render/charts-site");
    private static final Pattern BAR_WIDTH =
            Pattern.compile("<rect class=\"bar\"[^>]*? width=\"([\\d.]+)\"");

    @TempDir static Path out;

    @BeforeAll
    static void build() {
        BuildResult r =
                new SiteBuild()
                        .run(
                                new BuildOptions(
                                        SITE, out.resolve("site"), false, false, true, false));
        assertThat(r.exitCode()).as("build of %s: %s", SITE, r.problems()).isZero();
    }

    private static String page(String path) throws IOException {
        return Files.readString(out.resolve("site").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void firstSvgOfDisclosureIsFunctionalChartWithOneBarPerRowInFileOrder() throws IOException {
        String html = page("lx-zgh/2023/index.html");
        int start = html.indexOf("<svg ");
        String svg = html.substring(start, html.indexOf("</svg>", start));
        assertThat(svg).contains("aria-labelledby=\"chart-by-function-t chart-by-function-d\"");
        List<Double> widths = new ArrayList<>();
        Matcher m = BAR_WIDTH.matcher(svg);
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        // by_function actuals as the content file lists them: 2012901, 2080505, 2012999, 2101101,
        // 2210201.
        double[] actual = {186.84, 46.19, 283.79, 0, 58.83};
        assertThat(widths).hasSize(actual.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat(widths.get(i))
                    .as("bar %d", i)
                    .isCloseTo(actual[i] / 283.79 * 400, within(0.06));
        }
    }

    @Test
    void disclosureHasEveryKindOfChartInOrderEachWithTitleDescriptionAndTable() throws IOException {
        Document doc = Jsoup.parse(page("lx-zgh/2023/index.html"));
        List<Element> figures = doc.select("figure.chart");
        assertThat(figures)
                .extracting(Element::id)
                .containsExactly(
                        "chart-by-function",
                        "chart-by-economic",
                        "chart-budget-actual",
                        "chart-indicators");
        for (Element f : figures) {
            Element svg = f.selectFirst("svg");
            assertThat(svg).as(f.id()).isNotNull();
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.select("> title").text()).isEqualTo(f.selectFirst("figcaption").text());
            assertThat(svg.select("> desc").text()).isNotBlank();
            assertThat(f.select("table.chart-data tbody tr")).as(f.id()).isNotEmpty();
        }
    }

    @Test
    void economicChartHasABarPerGroupAndItem() throws IOException {
        Element chart =
                Jsoup.parse(page("lx-zgh/2023/index.html")).getElementById("chart-by-economic");
        assertThat(chart.select("svg rect.bar-group")).hasSize(3);
        assertThat(chart.select("svg rect.bar-item")).hasSize(15);
        assertThat(chart.select("table.chart-data tbody tr")).hasSize(18);
    }

    @Test
    void budgetChartComparesEveryRowAndFootsTheTotal() throws IOException {
        Element chart =
                Jsoup.parse(page("lx-zgh/2023/index.html")).getElementById("chart-budget-actual");
        assertThat(chart.select("svg g.row")).hasSize(5);
        for (String series : List.of("s-budget", "s-adjusted", "s-actual")) {
            assertThat(chart.select("svg g.row rect." + series)).as(series).hasSize(5);
        }
        assertThat(chart.select("svg g.legend text").eachText())
                .containsExactly("年初预算数", "调整预算数", "实际支出数");
        assertThat(chart.select("table.chart-data tfoot tr").text())
                .contains("合计", "455.67", "575.65");
    }

    @Test
    void indicatorChartHasARowPerIndicatorWithMarkAndWord() throws IOException {
        Element chart =
                Jsoup.parse(page("lx-zgh/2023/index.html")).getElementById("chart-indicators");
        assertThat(chart.select("svg g.row")).hasSize(7);
        assertThat(chart.select("svg rect.attain")).hasSize(4);
        assertThat(chart.select("svg g.row rect.grade")).hasSize(10);
        assertThat(chart.select("svg path.mark")).hasSize(7);
        assertThat(chart.select("svg text.outcome").eachText())
                .containsExactly("达成", "未达成", "达成", "达成", "达成", "无法判定", "未达成");
    }

    @Test
    void departmentWithThreeYearsHasTrendInYearOrder() throws IOException {
        Element chart = Jsoup.parse(page("lx-zgh/index.html")).getElementById("chart-trend");
        assertThat(chart.select("svg text.period-label").eachText())
                .containsExactly("2021", "2022", "2023");
        assertThat(chart.select("svg rect.column")).hasSize(8);
        assertThat(chart.select("table.chart-data tbody tr")).hasSize(3);
    }

    @Test
    void englishSiteDrawsTheSameChartsInEnglish(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src");
        try (var files = Files.walk(SITE)) {
            for (Path p : files.toList()) {
                Path target = source.resolve(SITE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path yaml = source.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("language: zh-CN", "language: en"));
        BuildResult r =
                new SiteBuild()
                        .run(
                                new BuildOptions(
                                        source, dir.resolve("site"), false, false, true, false));
        assertThat(r.exitCode()).as("%s", r.problems()).isZero();
        Document doc = Jsoup.parse(Files.readString(dir.resolve("site/lx-zgh/2023/index.html")));
        assertThat(doc.select("figure.chart")).hasSize(4);
        assertThat(doc.select("#chart-indicators svg text.outcome").eachText())
                .contains("met", "not met", "cannot be judged");
        assertThat(doc.select("#chart-budget-actual svg g.legend text").eachText())
                .containsExactly("Initial budget", "Adjusted budget", "Actual");
        assertThat(
                        Jsoup.parse(Files.readString(dir.resolve("site/lx-zgh/index.html")))
                                .select("#chart-trend svg"))
                .hasSize(1);
    }

    @Test
    void departmentWithOneYearHasNoChart() throws IOException {
        assertThat(page("dx-zgh/index.html")).doesNotContain("<svg");
    }

    @Test
    void yearPageComparesItsDepartments() throws IOException {
        Element chart = Jsoup.parse(page("years/2023/index.html")).getElementById("chart-year");
        assertThat(chart.select("svg rect.bar")).hasSize(2);
        assertThat(chart.select("svg text.label").eachText())
                .containsExactlyInAnyOrder("泸县总工会", "道县总工会");
        // Largest first: in the drawing (by y) and in the table beside it.
        assertThat(chart.select("svg g.row:has(text:contains(泸县总工会)) rect").attr("y"))
                .isEqualTo(
                        chart.select("svg rect.bar").stream()
                                .map(e -> e.attr("y"))
                                .min(
                                        (a, b) ->
                                                Double.compare(
                                                        Double.parseDouble(a),
                                                        Double.parseDouble(b)))
                                .orElseThrow());
        assertThat(chart.select("table.chart-data tbody tr td:first-child").eachText())
                .containsExactly("泸县总工会", "道县总工会");
    }
}
