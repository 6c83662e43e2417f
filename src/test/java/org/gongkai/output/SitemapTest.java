package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitemapTest {
    @Test
    void smallSitesGetOneUrlset() {
        List<String[]> files =
                Sitemap.files(
                        List.of(
                                new Sitemap.Entry("https://x.gov.cn/", Optional.empty()),
                                new Sitemap.Entry(
                                        "https://x.gov.cn/a&b/", Optional.of("2024-04-30"))),
                        "https://x.gov.cn/");
        assertThat(files).hasSize(1);
        assertThat(files.get(0)[0]).isEqualTo("sitemap.xml");
        assertThat(files.get(0)[1])
                .isEqualTo(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://x.gov.cn/</loc></url>
                <url><loc>https://x.gov.cn/a&amp;b/</loc><lastmod>2024-04-30</lastmod></url>
                </urlset>
                """);
    }

    @Test
    void moreThanFiftyThousandUrlsAreSplitUnderAnIndex() {
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Sitemap.MAX_URLS + 1; i++) {
            entries.add(new Sitemap.Entry("https://x.gov.cn/" + i + "/", Optional.empty()));
        }
        List<String[]> files = Sitemap.files(entries, "https://x.gov.cn/");
        assertThat(files)
                .extracting(f -> f[0])
                .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
        assertThat(files.get(0)[1])
                .contains("<sitemapindex", "<loc>https://x.gov.cn/sitemap-2.xml</loc>");
        assertThat(files.get(2)[1])
                .contains("https://x.gov.cn/50000/")
                .doesNotContain("https://x.gov.cn/49999/");
    }
}
