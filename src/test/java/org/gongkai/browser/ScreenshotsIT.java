package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Full-page screenshots of every kind of page at phone (375 px) and desktop (1280 px) width, a few
 * in the dark scheme, and a disclosure printed to PDF, in {@code target/screenshots/}, for people
 * to look at.
 */
@ExtendWith(BrowserSite.Resolver.class)
class ScreenshotsIT {

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void savesEachPageAtPhoneAndDesktopWidth(PageKind kind, BrowserSite site) throws IOException {
        for (int width : new int[] {375, 1280}) {
            site.open(kind, width);
            Path file = BrowserSite.SCREENSHOTS.resolve(kind.fileName() + "-" + width + ".png");
            site.browser().screenshot(file);
            byte[] png = Files.readAllBytes(file);
            assertThat(png)
                    .as(file.toString())
                    .hasSizeGreaterThan(10_000)
                    .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            int pngWidth =
                    ((png[16] & 0xff) << 24)
                            | ((png[17] & 0xff) << 16)
                            | ((png[18] & 0xff) << 8)
                            | (png[19] & 0xff);
            assertThat(pngWidth).as("%s is as wide as the viewport", file).isEqualTo(width);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = PageKind.class,
            names = {"DISCLOSURE", "SEARCH"})
    void savesPagesInTheDarkScheme(PageKind kind, BrowserSite site) throws IOException {
        site.open(kind, 375);
        site.browser().colorScheme("dark");
        Path file = BrowserSite.SCREENSHOTS.resolve(kind.fileName() + "-375-dark.png");
        site.browser().screenshot(file);
        assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
    }

    @Test
    void savesTheSearchPageWithoutScripts(BrowserSite site) throws IOException {
        site.browser().reset();
        site.browser().viewport(375, true);
        site.browser().scripts(false);
        site.browser().open(site.uri("/search/"));
        Path file = BrowserSite.SCREENSHOTS.resolve("search-375-noscript.png");
        site.browser().screenshot(file);
        assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
    }

    @Test
    void printsADisclosureOnA4(BrowserSite site) throws IOException {
        site.open(PageKind.DISCLOSURE, 1280);
        Path file = BrowserSite.SCREENSHOTS.resolve("disclosure-print.pdf");
        site.browser().pdf(file);
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF");
        // Every page is A4 (595 × 842 points, give or take Chrome's rounding): the @page rule
        // holds.
        Matcher box = Pattern.compile("/MediaBox \\[([^]]*)]").matcher(pdf);
        int pages = 0;
        while (box.find()) {
            assertThat(box.group(1)).matches("0 0 59[45]\\.\\d+ 84[12]\\.\\d+");
            pages++;
        }
        assertThat(pages).as("pages").isBetween(4, 12);
    }
}
