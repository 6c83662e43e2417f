package org.gongkai.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code sitemap.xml} with absolute URLs from {@code base_url}. The sitemap protocol allows 50,000
 * URLs per file; a larger site gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... and {@code
 * sitemap.xml} becomes their index.
 */
public final class Sitemap {
    static final int MAX_URLS = 50_000;

    /** A page of the sitemap: its absolute URL and, when known, its date. */
    public record Entry(String url, Optional<String> lastmod) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(lastmod, "lastmod");
        }
    }

    /** The names of the files {@link #files} writes for {@code entries} entries. */
    public static List<String> names(int entries) {
        List<String> out = new ArrayList<>();
        out.add("sitemap.xml");
        if (entries > MAX_URLS) {
            for (int part = 1; (part - 1) * MAX_URLS < entries; part++) {
                out.add("sitemap-" + part + ".xml");
            }
        }
        return out;
    }

    /** The files to write, by name: {@code sitemap.xml} and, for large sites, its parts. */
    public static List<String[]> files(List<Entry> entries, String baseUrl) {
        List<String[]> out = new ArrayList<>();
        if (entries.size() <= MAX_URLS) {
            out.add(new String[] {"sitemap.xml", urlset(entries)});
            return out;
        }
        StringBuilder index =
                new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0, part = 1; i < entries.size(); i += MAX_URLS, part++) {
            String name = "sitemap-" + part + ".xml";
            out.add(
                    new String[] {
                        name, urlset(entries.subList(i, Math.min(entries.size(), i + MAX_URLS)))
                    });
            index.append("<sitemap><loc>")
                    .append(Xml.escape(baseUrl + name))
                    .append("</loc></sitemap>\n");
        }
        out.add(0, new String[] {"sitemap.xml", index.append("</sitemapindex>\n").toString()});
        return out;
    }

    private static String urlset(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(entries.size() * 96 + 128);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry e : entries) {
            Xml.append(sb.append("<url><loc>"), e.url()).append("</loc>");
            e.lastmod().ifPresent(d -> sb.append("<lastmod>").append(d).append("</lastmod>"));
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private Sitemap() {}
}
