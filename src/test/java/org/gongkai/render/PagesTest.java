package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.check.Reconciler;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.SourceFile;
import org.gongkai.model.Derived;
import org.gongkai.model.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A disclosure page is valid, semantic and escapes what editors write. */
class PagesTest {
    static Document render(Language language, String base) {
        SiteConfig config =
                new SiteConfig(
                        "站点",
                        URI.create(base),
                        language,
                        "default",
                        "万元",
                        new BigDecimal("0.01"),
                        List.of());
        Path spec = Path.of("src/test/resources/specs/model/full--2023.md");
        Derived d =
                Derived.of(
                        new ContentLoader(config)
                                .disclosure(
                                        new SourceFile(spec, "content/full/2023.md", "full", 2023))
                                .value()
                                .orElseThrow());
        List<Finding> findings = new Reconciler(config.tolerance()).check(d);
        Pages pages = Pages.create(Path.of("."), config).orElseThrow();
        return Jsoup.parse(
                new String(
                        pages.disclosure(d, findings, List.of(2022, 2023), pages.tables(d)),
                        StandardCharsets.UTF_8));
    }

    @Test
    void editorsTextIsEscaped() {
        Document doc = render(Language.ZH_CN, "https://x.gov.cn/");
        assertThat(doc.select("nav.breadcrumb li").get(1).text()).isEqualTo("A&B <示例> 局");
        // The one script is the theme's own file; nothing an editor writes becomes a script.
        assertThat(doc.select("script"))
                .hasSize(1)
                .allMatch(s -> s.attr("src").equals("/assets/site.js") && s.data().isEmpty());
    }

    @Test
    void pageIsSemantic() {
        Document doc = render(Language.ZH_CN, "https://x.gov.cn/");
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("main#main")).hasSize(1);
        assertThat(doc.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(doc.select("h1")).hasSize(1);
        for (Element table : doc.select("table")) {
            assertThat(table.select("caption")).as(table.className()).hasSize(1);
            assertThat(table.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
        }
        int previous = 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void linksLiveUnderTheBasePath() {
        Document doc = render(Language.EN, "https://x.gov.cn/budget/");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .filteredOn(h -> h.startsWith("/"))
                .allMatch(h -> h.startsWith("/budget/"));
        assertThat(doc.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://x.gov.cn/budget/full/2023/");
    }

    @Test
    void indicatorsSayInWordsWhetherTheyWereMet() {
        Document doc = render(Language.EN, "https://x.gov.cn/");
        assertThat(doc.select("table.indicators tbody tr").eachText())
                .containsExactly(
                        "产出指标 数量指标 向上争取资金 ≥160万元 60 317.71万元 60 ✓ met",
                        "效益指标 社会效益指标 思想文化素质 良 40 中 30 ✗ not met");
    }
}
