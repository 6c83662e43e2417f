package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader with a keyboard only: the first Tab reaches a skip link that leads to the content, every
 * stop of the tab order shows where focus is, the order follows the page, and the scripts' controls
 * (sorting, the chart / table switch) work from the keyboard.
 */
@ExtendWith(BrowserSite.Resolver.class)
class KeyboardIT {
    /** What the focused element is and how its focus shows. */
    private static final String FOCUS =
            """
            var e = document.activeElement, s = getComputedStyle(e);
            return {tag: e.tagName, text: (e.textContent || '').trim().slice(0, 40), id: e.id,
              outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
              index: Array.prototype.indexOf.call(document.querySelectorAll('*'), e)};\
            """;

    private static void tab(BrowserSite site) {
        new Actions(site.browser().driver()).sendKeys(Keys.TAB).perform();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focus(BrowserSite site) {
        return (Map<String, Object>) site.browser().js(FOCUS);
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void firstTabReachesTheSkipLinkWhichLeadsToTheContent(PageKind kind, BrowserSite site) {
        site.open(kind, 375);
        tab(site);
        Map<String, Object> f = focus(site);
        assertThat(f.get("tag")).isEqualTo("A");
        assertThat((String) f.get("text")).isIn("跳到正文", "Skip to content");
        assertThat(f.get("outline")).as("visible focus").isEqualTo(true);
        new Actions(site.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(focus(site).get("id")).isEqualTo("main");
    }

    @ParameterizedTest
    @EnumSource(
            value = PageKind.class,
            names = {"HOME", "DISCLOSURE", "SEARCH", "YEAR"})
    void everyTabStopShowsItsFocusInPageOrder(PageKind kind, BrowserSite site) {
        site.open(kind, 1280);
        assertThat(
                        site.browser()
                                .js(
                                        "return"
                                                + " document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length"))
                .as("no positive tabindex reorders the page")
                .isEqualTo(0L);
        List<Map<String, Object>> stops = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tab(site);
            Map<String, Object> f = focus(site);
            if (f.get("tag").equals("BODY")
                    || (!stops.isEmpty() && f.get("index").equals(stops.get(0).get("index")))) {
                break;
            }
            stops.add(f);
        }
        assertThat(stops).as("tab stops").hasSizeGreaterThan(5);
        for (int i = 0; i < stops.size(); i++) {
            assertThat(stops.get(i).get("outline"))
                    .as("focus shows on stop %d: %s", i, stops.get(i))
                    .isEqualTo(true);
            if (i > 0) {
                assertThat((Long) stops.get(i).get("index"))
                        .as("stop %d after stop %d", i, i - 1)
                        .isGreaterThan((Long) stops.get(i - 1).get("index"));
            }
        }
    }

    @Test
    void aFlatTableSortsFromTheKeyboardAndSaysHow(BrowserSite site) {
        site.open(PageKind.DISCLOSURE, 1280);
        String rows =
                "return Array.from(document.querySelectorAll('table.indicators tbody tr'))"
                        + ".map(function (r) { return r.cells[6].textContent.trim(); });";
        site.browser()
                .js(
                        "document.querySelectorAll('table.indicators thead"
                                + " th')[6].querySelector('button.sort').focus();");
        new Actions(site.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(site.browser().js(rows))
                .isEqualTo(List.of("8", "10", "10", "10", "10", "20", "20", "110"));
        assertThat(
                        site.browser()
                                .js(
                                        "return document.querySelectorAll('table.indicators thead"
                                                + " th')[6].getAttribute('aria-sort')"))
                .isEqualTo("ascending");
        new Actions(site.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(site.browser().js(rows))
                .isEqualTo(List.of("110", "20", "20", "10", "10", "10", "10", "8"));
        assertThat(
                        site.browser()
                                .js(
                                        "return document.querySelectorAll('table.by-function"
                                                + " button.sort').length"))
                .as("a classification tree keeps its order")
                .isEqualTo(0L);
    }

    @Test
    void theChartSwitchShowsChartTableOrBothFromTheKeyboard(BrowserSite site) {
        site.open(PageKind.DISCLOSURE, 1280);
        String state =
                "var f = document.getElementById('chart-by-function');return"
                        + " [f.querySelector('.chart-image svg').getBoundingClientRect().height > 0,"
                        + " f.querySelector('table').getBoundingClientRect().height > 0];";
        String pressed =
                "return Array.from(document.querySelectorAll('#chart-by-function .chart-switch"
                        + " button')).map(function (b) { return b.getAttribute('aria-pressed'); });";
        assertThat(site.browser().js(pressed)).isEqualTo(List.of("true", "true"));
        assertThat(site.browser().js(state)).as("chart and table").isEqualTo(List.of(true, true));
        press(site, 0);
        assertThat(site.browser().js(state)).as("table only").isEqualTo(List.of(false, true));
        assertThat(site.browser().js(pressed)).isEqualTo(List.of("false", "true"));
        press(site, 1);
        assertThat(site.browser().js(state))
                .as("never neither: the chart comes back")
                .isEqualTo(List.of(true, false));
    }

    /** Presses the chart switch's button {@code i} (0 chart, 1 table) with the space bar. */
    private static void press(BrowserSite site, int i) {
        site.browser()
                .js(
                        "document.querySelectorAll('#chart-by-function .chart-switch button')["
                                + i
                                + "].focus();");
        new Actions(site.browser().driver()).sendKeys(Keys.SPACE).perform();
    }
}
