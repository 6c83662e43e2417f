package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.1 AA in a real browser: axe-core finds nothing on any kind of page, in the light and the
 * dark colour scheme (so contrast holds in both), at phone and desktop widths; and the rules axe
 * cannot judge alone hold in the DOM: tables, charts, met / not met in words.
 */
@ExtendWith(BrowserSite.Resolver.class)
class AccessibilityIT {

    static Stream<Arguments> pagesSchemesAndWidths() {
        List<Arguments> out = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            out.add(Arguments.of(kind, "light", 1280));
            out.add(Arguments.of(kind, "dark", 375));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} scheme, {2} px")
    @MethodSource("pagesSchemesAndWidths")
    void axeFindsNoViolation(PageKind kind, String scheme, int width, BrowserSite site) {
        site.open(kind, width);
        site.browser().colorScheme(scheme);
        assertThat(site.browser().js("return getComputedStyle(document.body).backgroundColor"))
                .as("the page is drawn in the %s scheme", scheme)
                .isEqualTo(scheme.equals("dark") ? "rgb(20, 23, 26)" : "rgb(255, 255, 255)");
        List<JsonNode> violations = site.browser().axe(site.axe());
        assertThat(violations)
                .as(
                        "axe violations on %s (%s, %d px):%n%s",
                        kind, scheme, width, describe(violations))
                .isEmpty();
    }

    @Test
    void axeFindsViolationsWhereThereAreSome(BrowserSite site) {
        site.open(PageKind.HOME, 1280);
        site.browser()
                .js(
                        """
                        var main = document.querySelector('main');
                        var img = document.createElement('img');
                        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                        main.appendChild(img);
                        var p = document.createElement('p');
                        p.textContent = 'grey on white';
                        p.style.color = '#bbb';
                        main.appendChild(p);\
                        """);
        assertThat(site.browser().axe(site.axe()))
                .extracting(v -> v.path("id").asText())
                .contains("image-alt", "color-contrast");
    }

    /**
     * Each violation as its rule, impact, help text and the first few elements with their summary.
     */
    static String describe(List<JsonNode> violations) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode v : violations) {
            sb.append("- ")
                    .append(v.path("id").asText())
                    .append(" (")
                    .append(v.path("impact").asText())
                    .append("): ")
                    .append(v.path("help").asText())
                    .append('\n');
            int n = 0;
            for (JsonNode node : v.path("nodes")) {
                if (n++ == 5) {
                    sb.append("    ...\n");
                    break;
                }
                sb.append("    ")
                        .append(node.path("target"))
                        .append(": ")
                        .append(node.path("failureSummary").asText().replace('\n', ' '))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void everyTableHasACaptionScopedHeadsAndItsOwnScrollRegion(PageKind kind, BrowserSite site) {
        site.open(kind, 1280);
        @SuppressWarnings("unchecked")
        List<String> problems =
                (List<String>)
                        site.browser()
                                .js(
                                        """
                                        var out = [];
                                        document.querySelectorAll('table').forEach(function (t, i) {
                                          var name = (t.className || 'table') + ' #' + i;
                                          if (!t.caption || !t.caption.textContent.trim()) out.push(name + ': no caption');
                                          t.querySelectorAll('thead th').forEach(function (th) {
                                            if (th.getAttribute('scope') !== 'col') out.push(name + ': a column head without scope=col');
                                          });
                                          t.querySelectorAll('tbody th, tfoot th').forEach(function (th) {
                                            if (th.getAttribute('scope') !== 'row') out.push(name + ': a row head without scope=row');
                                          });
                                          var box = t.parentElement;
                                          if (!box.classList.contains('table-scroll')) out.push(name + ': not in a .table-scroll');
                                          else if (box.getAttribute('tabindex') !== '0' || box.getAttribute('role') !== 'region'
                                              || !box.getAttribute('aria-labelledby')) out.push(name + ': its scroll box is no focusable, named region');
                                        });
                                        return out;\
                                        """);
        assertThat(problems).as(kind.toString()).isEmpty();
    }

    @Test
    void chartsAreImagesWithATextAlternativeAndTheirDataTable(BrowserSite site) {
        for (PageKind kind :
                List.of(PageKind.DISCLOSURE, PageKind.DISCLOSURE_DAOXIAN, PageKind.YEAR)) {
            site.open(kind, 1280);
            @SuppressWarnings("unchecked")
            List<String> problems =
                    (List<String>)
                            site.browser()
                                    .js(
                                            """
                                            var out = [];
                                            var charts = document.querySelectorAll('figure.chart');
                                            if (charts.length === 0) out.push('no chart');
                                            charts.forEach(function (f) {
                                              var svg = f.querySelector('svg');
                                              if (!svg || svg.getAttribute('role') !== 'img') { out.push(f.id + ': no svg role=img'); return; }
                                              var label = (svg.getAttribute('aria-labelledby') || '').split(' ').map(function (id) {
                                                var e = document.getElementById(id); return e ? e.textContent.trim() : '';
                                              }).join(' ').trim();
                                              if (label.length < 10) out.push(f.id + ': text alternative too short: ' + label);
                                              var t = f.querySelector('table');
                                              if (!t || !t.caption || t.tBodies[0].rows.length === 0) out.push(f.id + ': no data table with rows');
                                            });
                                            return out;\
                                            """);
            assertThat(problems).as(kind.toString()).isEmpty();
        }
    }

    @Test
    void metAndNotMetAreSaidInWordsNotOnlyInColour(BrowserSite site) {
        site.open(PageKind.DISCLOSURE, 1280);
        @SuppressWarnings("unchecked")
        List<String> cells =
                (List<String>)
                        site.browser()
                                .js(
                                        "return Array.from(document.querySelectorAll('td.met,"
                                                + " td.not-met, td.unknown')).map(function (td) {"
                                                + " return td.className + ' ' + td.textContent.trim();"
                                                + " });");
        // The indicators table and the indicator chart's data table: each outcome in words too.
        assertThat(cells)
                .hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(
                        c ->
                                assertThat(c)
                                        .matches("met (✓ )?达成|not-met (✗ )?未达成|unknown (— )?无法判定"));
    }
}
