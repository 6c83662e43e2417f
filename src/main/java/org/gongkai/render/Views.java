package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.Narrative;

/** The small records templates read. Every text is final; templates only place it. */
public final class Views {
    private Views() {}

    /**
     * What every page knows about the site: its title, language, and the URLs of the pages every
     * page links to.
     */
    public record SiteView(
            String title,
            String lang,
            String homeUrl,
            String yearsUrl,
            String searchUrl,
            String feedUrl,
            String cssUrl,
            String assetsUrl) {}

    /** A link, marked when it leads to the page it is on. */
    public record Link(String label, String url, boolean current) {}

    /** A headline figure: label, value as printed, its unit and an optional note. */
    public record Stat(String label, String value, String unit, String note) {}

    /** A reconciliation finding in plain words, with where the editor finds it. */
    public record FindingView(String kind, String text, String location) {}

    /** An open-data file of a page. */
    public record Download(String label, String url, String format) {}

    /** The disclosure page. */
    public record DisclosureView(
            String title,
            String department,
            int year,
            String kind,
            String region,
            String published,
            String unit,
            String url,
            String departmentUrl,
            String yearUrl,
            String canonical,
            List<Link> years,
            List<Stat> headline,
            List<ChartView> charts,
            List<TableView> tables,
            List<FindingView> findings,
            List<Narrative.Heading> toc,
            SafeString narrative,
            List<Download> downloads) {

        public DisclosureView {
            Objects.requireNonNull(title, "title");
            years = List.copyOf(years);
            headline = List.copyOf(headline);
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
            findings = List.copyOf(findings);
            toc = List.copyOf(toc);
            downloads = List.copyOf(downloads);
        }
    }
}
