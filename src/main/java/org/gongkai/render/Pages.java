package org.gongkai.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.Derived;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.Finding;
import org.gongkai.model.HomeIntro;
import org.gongkai.search.SearchDocument;

/**
 * Renders every kind of page of a site through the theme's templates, as the UTF-8 bytes to write.
 * Built once per build with {@link #create}; every method may be called from many threads at once.
 *
 * <pre>
 * Pages pages = Pages.create(siteDir, config).orElseThrow();
 * byte[] html = pages.disclosure(derived, findings, List.of(2022, 2023), pages.tables(derived));
 * </pre>
 */
public final class Pages {
    private final SiteConfig config;
    private final ThemeFiles files;
    private final ThemeMessages messages;
    private final Templates templates;
    private final DisclosurePage disclosurePage;
    private final AggregatePages aggregates;
    private final SearchDocuments searchDocuments;
    private final Views.SiteView site;

    private Pages(SiteConfig config, ThemeFiles files) {
        this.config = config;
        this.files = files;
        this.messages = ThemeMessages.load(files, config.language());
        this.templates = new Templates(files, messages, config.basePath());
        this.disclosurePage = new DisclosurePage(messages, config);
        this.aggregates = new AggregatePages(messages, config);
        this.searchDocuments = new SearchDocuments(messages, config.basePath());
        String base = config.basePath();
        this.site =
                new Views.SiteView(
                        config.title(),
                        config.language().tag(),
                        base,
                        base + "years/",
                        base + "search/",
                        base + "feed.xml",
                        base + "assets/style.css",
                        base + "assets/");
    }

    /** The pages of the site in {@code siteDir}; empty when its theme cannot be found. */
    public static Optional<Pages> create(Path siteDir, SiteConfig config) {
        return ThemeFiles.locate(siteDir, config.theme()).map(f -> new Pages(config, f));
    }

    public ThemeMessages messages() {
        return messages;
    }

    /**
     * The theme folders whose {@code static/} files are copied to the output, most specific first.
     */
    public List<Path> themeRoots() {
        return files.roots();
    }

    /** The tables of a disclosure, for its page and its CSV downloads. */
    public List<TableView> tables(Derived d) {
        return disclosurePage.tables(d);
    }

    public byte[] disclosure(
            Derived d,
            List<Finding> findings,
            List<Integer> departmentYears,
            List<TableView> tables) {
        Map<String, Object> cx = context();
        cx.put("page", disclosurePage.view(d, findings, departmentYears, tables));
        return templates.render("disclosure.peb", cx);
    }

    public byte[] department(DepartmentProfile profile, List<DisclosureSummary> summaries) {
        Map<String, Object> cx = context();
        cx.put("page", aggregates.department(profile, summaries));
        return templates.render("department.peb", cx);
    }

    public byte[] year(int year, List<DisclosureSummary> summaries, List<Integer> allYears) {
        Map<String, Object> cx = context();
        cx.put("page", aggregates.year(year, summaries, allYears));
        return templates.render("year.peb", cx);
    }

    public byte[] years(Map<Integer, List<DisclosureSummary>> byYear) {
        Map<String, Object> cx = context();
        cx.put("page", aggregates.years(byYear));
        return templates.render("years.peb", cx);
    }

    public byte[] home(
            HomeIntro intro,
            Map<String, List<DisclosureSummary>> byDepartment,
            Map<String, DepartmentProfile> profiles,
            Map<Integer, List<DisclosureSummary>> byYear) {
        Map<String, Object> cx = context();
        cx.put("page", aggregates.home(intro, byDepartment, profiles, byYear));
        return templates.render("home.peb", cx);
    }

    public byte[] notFound() {
        return templates.render("404.peb", context());
    }

    /** The search page; its script reads the index under {@code search/}. */
    public byte[] search() {
        return templates.render("search.peb", context());
    }

    /** What the search index learns of a disclosure page. */
    public SearchDocument searchDocument(int id, Derived d, List<TableView> tables) {
        return searchDocuments.disclosure(id, d, tables);
    }

    /** What the search index learns of a department page. */
    public SearchDocument searchDocument(
            int id, DepartmentProfile profile, List<DisclosureSummary> summaries) {
        return searchDocuments.department(id, profile, summaries);
    }

    private Map<String, Object> context() {
        Map<String, Object> cx = new HashMap<>();
        cx.put("site", site);
        return cx;
    }

    public SiteConfig config() {
        return config;
    }
}
