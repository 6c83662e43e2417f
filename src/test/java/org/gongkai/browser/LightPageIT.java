package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages for old phones, slow connections and intranets: no request leaves the site's host, no page
 * scrolls sideways at 360 px (tables scroll in their own box), a disclosure page weighs at most 100
 * KB with its CSS and scripts, and every page works with scripts off.
 */
@ExtendWith(BrowserSite.Resolver.class)
class LightPageIT {
    static final long MAX_DISCLOSURE_BYTES = 100 * 1024;

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void noRequestLeavesTheSitesHost(PageKind kind, BrowserSite site) {
        site.browser().requests();
        site.open(kind, 1280);
        if (kind.query().isEmpty()) {
            site.browser()
                    .js(
                            "document.querySelectorAll('button.sort').forEach(function (b) {"
                                    + " b.click(); });");
        }
        List<String> requests = site.browser().requests();
        assertThat(requests)
                .as("requests of %s", kind)
                .isNotEmpty()
                .allSatisfy(
                        url -> {
                            URI u = URI.create(url);
                            assertThat(u.getScheme() + "://" + u.getHost())
                                    .as(url)
                                    .isIn("http://127.0.0.1", "data://null");
                        });
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void nothingScrollsSidewaysAt360PixelsButTables(PageKind kind, BrowserSite site) {
        site.open(kind, 360);
        @SuppressWarnings("unchecked")
        List<String> wide =
                (List<String>)
                        site.browser()
                                .js(
                                        """
                                        var width = document.documentElement.clientWidth, out = [];
                                        function right(e) { return e.getBoundingClientRect().right; }
                                        document.querySelectorAll('body *').forEach(function (e) {
                                          if (!e.parentElement.closest('.table-scroll') && e.getBoundingClientRect().width > 0 && right(e) > width + 0.5)
                                            out.push(e.tagName + '.' + e.className + ' ends at ' + Math.round(right(e)));
                                        });
                                        if (document.documentElement.scrollWidth > width) {
                                          out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
                                          document.querySelectorAll('.table-scroll *').forEach(function (e) {
                                            if (getComputedStyle(e).position === 'absolute' && right(e) > width)
                                              out.push('maybe ' + e.tagName + '.' + e.className + ', positioned, ends at ' + Math.round(right(e)));
                                          });
                                        }
                                        return out;\
                                        """);
        assertThat(wide)
                .as(
                        "%s at 360 px (viewport %s)",
                        kind, site.browser().js("return document.documentElement.clientWidth"))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = PageKind.class,
            names = {"DISCLOSURE", "DISCLOSURE_DAOXIAN", "ENGLISH_DISCLOSURE"})
    void aDisclosureWithItsCssAndScriptsWeighsAtMost100Kilobytes(PageKind kind, BrowserSite site) {
        site.open(kind, 1280);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded =
                (List<Map<String, Object>>)
                        site.browser()
                                .js(
                                        """
                                        return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                                          .map(function (e) { return {name: e.name, bytes: e.decodedBodySize}; });\
                                        """);
        long total = 0;
        StringBuilder report = new StringBuilder(kind + ":");
        for (Map<String, Object> e : loaded) {
            long bytes = (Long) e.get("bytes");
            total += bytes;
            report.append(' ')
                    .append(URI.create((String) e.get("name")).getPath())
                    .append(' ')
                    .append(bytes)
                    .append(',');
        }
        report.append(" total ").append(total).append(" bytes");
        System.out.println(report);
        assertThat(loaded)
                .extracting(e -> URI.create((String) e.get("name")).getPath())
                .as("the page, its CSS and its scripts")
                .contains(base(kind) + "assets/style.css", base(kind) + "assets/site.js");
        assertThat(total).as(report.toString()).isLessThanOrEqualTo(MAX_DISCLOSURE_BYTES);
    }

    private static String base(PageKind kind) {
        return kind.path().startsWith("/en/") ? "/en/" : "/";
    }

    @Test
    void printShowsChartsTablesAndTheReportButNoNavigation(BrowserSite site) {
        site.open(PageKind.DISCLOSURE, 1280);
        site.browser()
                .js(
                        "document.querySelectorAll('#chart-by-function .chart-switch"
                                + " button')[0].click();");
        site.browser().media("print");
        @SuppressWarnings("unchecked")
        Map<String, Boolean> shown =
                (Map<String, Boolean>)
                        site.browser()
                                .js(
                                        """
                                        function shown(selector) {
                                          return Array.from(document.querySelectorAll(selector)).some(function (e) { return e.getClientRects().length > 0; });
                                        }
                                        return {nav: shown('.site-header, .breadcrumb, .on-page, .toc, .site-footer, .chart-switch, .skip-link'),
                                          chart: shown('#chart-by-function svg'), chartData: shown('#chart-by-function table'),
                                          tables: shown('table.by-function') && shown('table.indicators'), narrative: shown('article.narrative p')};\
                                        """);
        assertThat(shown)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "nav",
                                false,
                                "chart",
                                true,
                                "chartData",
                                true,
                                "tables",
                                true,
                                "narrative",
                                true));
    }

    @Test
    void everyPageWorksWithoutScripts(BrowserSite site) {
        site.browser().reset();
        site.browser().scripts(false);
        site.browser().open(site.uri("/lx-zgh/2023/"));
        assertThat(
                        site.browser()
                                .js(
                                        "return document.querySelectorAll('table.by-function tbody"
                                                + " tr').length"))
                .isEqualTo(18L);
        assertThat(
                        site.browser()
                                .js(
                                        "return document.querySelector('#chart-by-function"
                                                + " table').rows.length"))
                .isEqualTo(10L);
        assertThat(
                        site.browser()
                                .js(
                                        "return document.querySelectorAll('.chart-switch,"
                                                + " button.sort').length"))
                .isEqualTo(0L);
        site.browser().open(site.uri("/search/", "工会"));
        assertThat(
                        site.browser()
                                .js(
                                        "return document.getElementById('search-nojs').offsetHeight"
                                                + " > 0"))
                .isEqualTo(true);
        assertThat(
                        site.browser()
                                .js(
                                        "return Array.from(document.querySelectorAll('#search-nojs"
                                                + " a')).map(function (a) { return new"
                                                + " URL(a.href).pathname; })"))
                .isEqualTo(List.of("/", "/years/"));
    }
}
