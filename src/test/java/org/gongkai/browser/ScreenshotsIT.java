package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Full-page screenshots of every kind of page at phone (375 px) and desktop (1280 px) width, in
 * {@code target/screenshots/}, for people to look at.
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
            assertThat(png).as(file.toString()).hasSizeGreaterThan(10_000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            int pngWidth = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
            assertThat(pngWidth).as("%s is as wide as the viewport", file).isEqualTo(width);
        }
    }
}
