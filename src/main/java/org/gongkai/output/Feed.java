package org.gongkai.output;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code feed.xml}: an Atom feed with one entry per disclosure, newest first. An entry's date is
 * its {@code published} date; a disclosure without one is dated 31 December of its year, so that
 * the feed never depends on when the build ran.
 */
public final class Feed {
    /** One disclosure in the feed. */
    public record Entry(String url, String title, String summary, LocalDate date) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(date, "date");
        }
    }

    private Feed() {}

    public static String atom(String siteTitle, String baseUrl, String lang, List<Entry> entries) {
        List<Entry> sorted =
                entries.stream()
                        .sorted(
                                Comparator.comparing(Entry::date)
                                        .reversed()
                                        .thenComparing(Entry::url))
                        .toList();
        String updated = sorted.isEmpty() ? "1970-01-01" : sorted.get(0).date().toString();
        StringBuilder sb = new StringBuilder(entries.size() * 400 + 512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(lang))
                .append("\">\n")
                .append("<title>")
                .append(Xml.escape(siteTitle))
                .append("</title>\n")
                .append("<id>")
                .append(Xml.escape(baseUrl))
                .append("</id>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(baseUrl))
                .append("\"/>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(baseUrl + "feed.xml"))
                .append("\"/>\n")
                .append("<updated>")
                .append(updated)
                .append("T00:00:00Z</updated>\n")
                .append("<author><name>")
                .append(Xml.escape(siteTitle))
                .append("</name></author>\n");
        for (Entry e : sorted) {
            sb.append("<entry>\n<title>");
            Xml.append(sb, e.title()).append("</title>\n<id>");
            Xml.append(sb, e.url())
                    .append("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
            Xml.append(sb, e.url())
                    .append("\"/>\n<updated>")
                    .append(e.date())
                    .append("T00:00:00Z</updated>\n<summary>");
            Xml.append(sb, e.summary()).append("</summary>\n</entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }
}
