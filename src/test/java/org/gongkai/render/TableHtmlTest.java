package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.junit.jupiter.api.Test;

/**
 * The markup of every table and chart figure: what the template macros drew before they were
 * written in Java, and what the stylesheet, {@code site.js} and the browser tests rely on.
 */
class TableHtmlTest {
    private static TableView tree() {
        return new TableView(
                "by-function",
                "by-function",
                "tree depth-1",
                "支出功能分类（单位：万元）",
                List.of(
                        new TableView.Column("科目编码", false),
                        new TableView.Column("科目名称", false),
                        new TableView.Column("实际支出数", true)),
                List.of(
                        new TableView.Row(
                                List.of(
                                        TableView.Cell.text("221"),
                                        TableView.Cell.text("住房保障支出"),
                                        TableView.Cell.number("6.00", "6.00")),
                                "subtotal d0",
                                false),
                        TableView.Row.of(
                                List.of(
                                        TableView.Cell.text("22102"),
                                        TableView.Cell.text("住房改革支出"),
                                        TableView.Cell.number("6.00", "6.00")))),
                List.of(
                        new TableView.Row(
                                List.of(
                                        TableView.Cell.text("合计"),
                                        TableView.Cell.text(""),
                                        TableView.Cell.number("6.00", "6.00")),
                                "total",
                                true)));
    }

    @Test
    void drawsTreeWithSubtotalsBareLeafRowsAndTotal() {
        assertThat(TableHtml.html(tree()).toString())
                .isEqualTo(
                        """
                        <div class="table-scroll tree depth-1" role="region" aria-labelledby="by-function-caption" tabindex="0">
                        <table class="by-function">
                        <caption id="by-function-caption">支出功能分类（单位：万元）</caption>
                        <thead><tr><th scope="col">科目编码</th><th scope="col">科目名称</th><th scope="col" class="num">实际支出数</th></tr></thead>
                        <tbody>
                        <tr class="subtotal d0"><td>221</td><td>住房保障支出</td><td class="num">6.00</td></tr>\
                        <tr><td>22102</td><td>住房改革支出</td><td class="num">6.00</td></tr></tbody>
                        <tfoot>
                        <tr class="total"><th scope="row">合计</th><td></td><td class="num">6.00</td></tr></tfoot>
                        </table>
                        </div>""");
    }

    @Test
    void drawsMarkedCellsAndLinksWithoutFooter() {
        TableView tv =
                new TableView(
                        "indicators",
                        "indicators",
                        " ",
                        "绩效指标",
                        List.of(
                                new TableView.Column("指标", false),
                                new TableView.Column("得分", true)),
                        List.of(
                                TableView.Row.of(
                                        List.of(
                                                TableView.Cell.link("政策知晓率", "/a/2023/"),
                                                new TableView.Cell("20", true, "20", "met", ""),
                                                TableView.Cell.marked("✓ 达成", "true", "met")))),
                        List.of());
        assertThat(TableHtml.html(tv).toString())
                .isEqualTo(
                        """
                        <div class="table-scroll" role="region" aria-labelledby="indicators-caption" tabindex="0">
                        <table class="indicators">
                        <caption id="indicators-caption">绩效指标</caption>
                        <thead><tr><th scope="col">指标</th><th scope="col" class="num">得分</th></tr></thead>
                        <tbody>
                        <tr><td><a href="/a/2023/">政策知晓率</a></td><td class="num met">20</td><td class="met">✓ 达成</td></tr></tbody>
                        </table>
                        </div>""");
    }

    @Test
    void escapesEveryTextAsTemplatesDo() {
        TableView tv =
                new TableView(
                        "t\"1",
                        "a&b",
                        "<l>",
                        "A&B <示例> \"局\" 'x'",
                        List.of(new TableView.Column("<h>", true)),
                        List.of(
                                new TableView.Row(
                                        List.of(TableView.Cell.link("it's & <b>", "/q?a=1&b='2'")),
                                        "c\"",
                                        false)),
                        List.of());
        assertThat(TableHtml.html(tv).toString())
                .isEqualTo(
                        """
                        <div class="table-scroll &lt;l&gt;" role="region" aria-labelledby="t&quot;1-caption" tabindex="0">
                        <table class="a&amp;b">
                        <caption id="t&quot;1-caption">A&amp;B &lt;示例&gt; &quot;局&quot; &#39;x&#39;</caption>
                        <thead><tr><th scope="col" class="num">&lt;h&gt;</th></tr></thead>
                        <tbody>
                        <tr class="c&quot;"><td><a href="/q?a=1&amp;b=&#39;2&#39;">it&#39;s &amp; &lt;b&gt;</a></td></tr></tbody>
                        </table>
                        </div>""");
    }

    @Test
    void drawsChartAsFigureWithItsSvgAndDataTable() {
        TableView data =
                new TableView(
                        "chart-x-data",
                        "chart-data",
                        "",
                        "标题：数据表",
                        List.of(new TableView.Column("名称", false)),
                        List.of(TableView.Row.of(List.of(TableView.Cell.text("行政运行")))),
                        List.of());
        ChartView chart =
                new ChartView(
                        "chart-x",
                        "A&B 标题",
                        new SafeString("<svg><title>x &amp; y</title></svg>"),
                        data);
        assertThat(ChartHtml.figure(chart).toString())
                .isEqualTo(
                        """
                        <figure class="chart" id="chart-x">
                        <figcaption>A&amp;B 标题</figcaption>
                        <div class="chart-body">
                        <div class="chart-image"><svg><title>x &amp; y</title></svg></div>
                        <div class="chart-table"><div class="table-scroll" role="region" aria-labelledby="chart-x-data-caption" tabindex="0">
                        <table class="chart-data">
                        <caption id="chart-x-data-caption">标题：数据表</caption>
                        <thead><tr><th scope="col">名称</th></tr></thead>
                        <tbody>
                        <tr><td>行政运行</td></tr></tbody>
                        </table>
                        </div></div>
                        </div>
                        </figure>""");
    }

    @Test
    void encodesTextsAsUtf8AsTheWholePageWouldBe() {
        String text = "📊 合计 \uD800 x \uDC00 é";
        TableView tv = new TableView("t", "t", "", text, List.of(), List.of(), List.of());
        byte[] bytes = TableHtml.html(tv).utf8();
        assertThat(bytes).isEqualTo(TableHtml.html(tv).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("📊 合计 ? x ? é");
    }

    @Test
    void templatesCallItAsTableFunctionAndAutoEscapingLeavesItAlone() {
        SiteConfig config =
                new SiteConfig(
                        "站点",
                        URI.create("https://x.gov.cn/"),
                        Language.ZH_CN,
                        "default",
                        "万元",
                        new BigDecimal("0.01"),
                        List.of());
        ThemeFiles files = ThemeFiles.locate(Path.of("."), "default").orElseThrow();
        Templates templates =
                new Templates(files, ThemeMessages.load(files, config.language()), "/");
        Map<String, Object> cx = new HashMap<>();
        cx.put(
                "site",
                new Views.SiteView(
                        "站点",
                        "zh-CN",
                        "/",
                        "/years/",
                        "/search/",
                        "/feed.xml",
                        "/assets/style.css",
                        "/assets/"));
        cx.put("page", new AggregateViews.YearsView(tree()));
        assertThat(new String(templates.render("years.peb", cx), StandardCharsets.UTF_8))
                .contains(TableHtml.html(tree()).toString());
    }
}
