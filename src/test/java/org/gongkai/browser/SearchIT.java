package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page, as a reader uses it: types a query, in Chinese or English, and gets the pages
 * that contain it, each with its department, year and a snippet where the words are marked; all
 * from the index under {@code search/}, offline.
 */
@ExtendWith(BrowserSite.Resolver.class)
class SearchIT {

    /**
     * Types {@code query} into the search box of the page at {@code path} and waits for the answer.
     */
    private static void type(BrowserSite site, String path, String query) {
        site.browser().reset();
        site.browser().open(site.uri(path));
        WebElement box = site.browser().driver().findElement(By.id("q"));
        box.sendKeys(query);
        box.sendKeys(Keys.ENTER);
        site.browser().waitUntil(BrowserSite.SEARCH_DONE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(BrowserSite site) {
        return (List<Map<String, Object>>)
                site.browser()
                        .js(
                                """
                                return Array.from(document.querySelectorAll('#search-results li')).map(function (li) {
                                  return {title: li.querySelector('h2 a').textContent, url: new URL(li.querySelector('h2 a').href).pathname,
                                    meta: li.querySelector('.result-meta').textContent,
                                    snippet: li.querySelector('.result-snippet').textContent,
                                    marks: Array.from(li.querySelectorAll('mark')).map(function (m) { return m.textContent; })};
                                });\
                                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> marks(Map<String, Object> result) {
        return (List<String>) result.get("marks");
    }

    private static String status(BrowserSite site) {
        return (String)
                site.browser().js("return document.getElementById('search-status').textContent");
    }

    @Test
    void findsBothUnionsByAChineseWordWithoutSpaces(BrowserSite site) {
        type(site, "/search/", "工会");
        List<Map<String, Object>> r = results(site);
        assertThat(status(site)).isEqualTo("找到 4 个结果。");
        assertThat(r)
                .extracting(m -> m.get("url"))
                .containsExactly("/dx-zgh/", "/lx-zgh/", "/dx-zgh/2023/", "/lx-zgh/2023/");
        assertThat(r.get(3).get("meta")).isEqualTo("泸县总工会 · 2023 · 绩效评价报告");
        assertThat(r).allSatisfy(m -> assertThat(marks(m)).isNotEmpty().allMatch("工会"::equals));
        assertThat(site.browser().js("return location.search")).isEqualTo("?q=%E5%B7%A5%E4%BC%9A");
    }

    @Test
    void findsThreePublicExpenditureAndTheHousingFund(BrowserSite site) {
        type(site, "/search/", "三公");
        assertThat(results(site)).extracting(m -> m.get("url")).containsExactly("/dx-zgh/2023/");
        assertThat((String) results(site).get(0).get("snippet")).contains("三公经费决算2.50万元");
        type(site, "/search/", "住房公积金");
        List<Map<String, Object>> r = results(site);
        assertThat(r)
                .extracting(m -> m.get("url"))
                .containsExactly("/dx-zgh/2023/", "/lx-zgh/2023/");
        assertThat(r).allSatisfy(m -> assertThat(marks(m)).contains("住房公积金"));
        assertThat((String) r.get(1).get("snippet")).contains("住房公积金（项）2210201：支出决算为34.64万元");
    }

    @Test
    void findsAClassificationCodeAndAYearWithAWord(BrowserSite site) {
        type(site, "/search/", "2210201");
        assertThat(results(site))
                .extracting(m -> m.get("url"))
                .containsExactly("/dx-zgh/2023/", "/lx-zgh/2023/");
        type(site, "/search/", "2023 道县");
        assertThat(results(site)).extracting(m -> m.get("url")).containsExactly("/dx-zgh/2023/");
    }

    @Test
    void findsEnglishWordsAndTheirBeginnings(BrowserSite site) {
        type(site, "/en/search/", "Trade Unions");
        List<Map<String, Object>> r = results(site);
        assertThat(status(site)).isEqualTo("Pages found: 2.");
        assertThat(r)
                .extracting(m -> m.get("url"))
                .containsExactly("/en/lx-union/", "/en/lx-union/2023/");
        assertThat(r.get(1).get("meta"))
                .isEqualTo(
                        "Luxian County Federation of Trade Unions · 2023 · Performance evaluation");
        type(site, "/en/search/", "housing provid");
        r = results(site);
        assertThat(r).extracting(m -> m.get("url")).containsExactly("/en/lx-union/2023/");
        assertThat((String) r.get(0).get("snippet")).containsIgnoringCase("housing provident fund");
        assertThat(marks(r.get(0))).contains("housing", "provid");
    }

    @Test
    void saysSoWhenNothingMatchesAndWhenOnlySomeWordsDo(BrowserSite site) {
        type(site, "/search/", "航天");
        assertThat(results(site)).isEmpty();
        assertThat(status(site)).isEqualTo("没有找到与“航天”有关的页面。请换一个词，或按部门、按年度浏览。");
        type(site, "/search/", "三公 航天");
        assertThat(status(site)).startsWith("没有同时包含全部词语的页面");
        assertThat(results(site)).extracting(m -> m.get("url")).containsExactly("/dx-zgh/2023/");
    }

    @Test
    void answersTheQueryInTheAddressSoThatResultsCanBeShared(BrowserSite site) {
        site.open(PageKind.SEARCH, 1280);
        assertThat(site.browser().js("return document.getElementById('q').value"))
                .isEqualTo("住房公积金");
        assertThat(results(site)).hasSize(2);
        assertThat(site.browser().js("return document.getElementById('search-nojs').hidden"))
                .isEqualTo(true);
    }
}
