package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.model.Units;

/**
 * Builds the views of the department, year, years and home pages from disclosure summaries. Amounts
 * of disclosures in different money units are converted to the site's unit before they are compared
 * or summed. Thread-safe.
 */
final class AggregatePages {
    private final ThemeMessages t;
    private final SiteConfig config;
    private final AggregateCharts charts;

    AggregatePages(ThemeMessages messages, SiteConfig config) {
        this.t = messages;
        this.config = config;
        this.charts = new AggregateCharts(messages, config);
    }

    private String url(String sitePath) {
        return SitePaths.under(config.basePath(), sitePath);
    }

    private Optional<BigDecimal> inSiteUnit(Optional<BigDecimal> v, String unit) {
        return v.flatMap(x -> Units.convert(x, unit, config.unit()));
    }

    private TableView.Cell amountCell(Optional<BigDecimal> v, String unit) {
        return inSiteUnit(v, unit).map(DisclosureTables::amount).orElse(TableView.Cell.empty(true));
    }

    private TableView.Cell rateCell(Optional<BigDecimal> v) {
        return v.map(p -> TableView.Cell.number(Format.percent(p), p.toPlainString()))
                .orElse(TableView.Cell.empty(true));
    }

    private TableView.Cell findingsCell(DisclosureSummary s) {
        String text =
                s.findings() == 0
                        ? t.get("findings.none.short")
                        : t.format("findings.count", s.findings());
        return TableView.Cell.marked(
                text, String.valueOf(s.findings()), s.findings() == 0 ? "ok" : "warn");
    }

    AggregateViews.DepartmentView department(
            DepartmentProfile profile, List<DisclosureSummary> summaries) {
        String name =
                profile.department()
                        .orElse(
                                summaries.isEmpty()
                                        ? profile.slug()
                                        : summaries.get(summaries.size() - 1).department());
        String region =
                profile.region()
                        .orElse(
                                summaries.stream()
                                        .flatMap(s -> s.region().stream())
                                        .findFirst()
                                        .orElse(""));
        List<TableView.Column> columns =
                List.of(
                        new TableView.Column(t.get("col.year"), false),
                        new TableView.Column(t.get("col.title"), false),
                        new TableView.Column(t.format("col.budget-unit", config.unit()), true),
                        new TableView.Column(t.format("col.adjusted-unit", config.unit()), true),
                        new TableView.Column(t.format("col.actual-unit", config.unit()), true),
                        new TableView.Column(t.get("col.execution"), true),
                        new TableView.Column(t.get("col.findings"), false));
        List<TableView.Row> rows = new ArrayList<>();
        List<Views.Link> links = new ArrayList<>();
        for (DisclosureSummary s : summaries) {
            rows.add(
                    new TableView.Row(
                            List.of(
                                    TableView.Cell.text(String.valueOf(s.year())),
                                    TableView.Cell.link(s.title(), url(s.url())),
                                    amountCell(s.budget(), s.unit()),
                                    amountCell(s.adjusted(), s.unit()),
                                    amountCell(s.actual(), s.unit()),
                                    rateCell(s.executionRate()),
                                    findingsCell(s)),
                            "",
                            false));
            links.add(new Views.Link(String.valueOf(s.year()), url(s.url()), false));
        }
        TableView table =
                new TableView(
                        "years",
                        "department-years",
                        "",
                        t.format("table.department-years", name),
                        columns,
                        rows,
                        List.of());
        return new AggregateViews.DepartmentView(
                name,
                profile.slug(),
                region,
                profile.functions(),
                profile.units(),
                new SafeString(profile.body().html()),
                table,
                charts.trend(name, summaries),
                links);
    }

    AggregateViews.YearView year(
            int year, List<DisclosureSummary> summaries, List<Integer> allYears) {
        String unit = config.unit();
        List<TableView.Column> columns =
                List.of(
                        new TableView.Column(t.get("col.department"), false),
                        new TableView.Column(t.get("col.title"), false),
                        new TableView.Column(t.format("col.budget-unit", unit), true),
                        new TableView.Column(t.format("col.actual-unit", unit), true),
                        new TableView.Column(t.get("col.execution"), true),
                        new TableView.Column(t.get("col.findings"), false));
        List<TableView.Row> rows = new ArrayList<>();
        for (DisclosureSummary s : summaries) {
            rows.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.link(s.department(), url("/" + s.slug() + "/")),
                                    TableView.Cell.link(s.title(), url(s.url())),
                                    amountCell(s.budget(), s.unit()),
                                    amountCell(s.actual(), s.unit()),
                                    rateCell(s.executionRate()),
                                    findingsCell(s))));
        }
        TableView table =
                new TableView(
                        "departments",
                        "year-departments",
                        "",
                        t.format("table.year-departments", year),
                        columns,
                        rows,
                        List.of());
        List<ChartView> charts = this.charts.year(year, summaries);
        List<Views.Link> years =
                allYears.stream()
                        .map(
                                y ->
                                        new Views.Link(
                                                String.valueOf(y),
                                                url("/years/" + y + "/"),
                                                y == year))
                        .toList();
        return new AggregateViews.YearView(year, unit, table, charts, years);
    }

    AggregateViews.YearsView years(Map<Integer, List<DisclosureSummary>> byYear) {
        String unit = config.unit();
        List<TableView.Row> rows = new ArrayList<>();
        for (var e : new TreeMap<>(byYear).descendingMap().entrySet()) {
            rows.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.link(
                                            String.valueOf(e.getKey()),
                                            url("/years/" + e.getKey() + "/")),
                                    TableView.Cell.number(
                                            String.valueOf(e.getValue().size()),
                                            String.valueOf(e.getValue().size())),
                                    sum(e.getValue())
                                            .map(DisclosureTables::amount)
                                            .orElse(TableView.Cell.empty(true)))));
        }
        return new AggregateViews.YearsView(
                new TableView(
                        "years",
                        "years",
                        "",
                        t.format("table.years", unit),
                        List.of(
                                new TableView.Column(t.get("col.year"), false),
                                new TableView.Column(t.get("col.disclosures"), true),
                                new TableView.Column(t.format("col.actual-unit", unit), true)),
                        rows,
                        List.of()));
    }

    /**
     * The total actual expenditure of {@code summaries} in the site's unit, where it can be summed.
     */
    private Optional<BigDecimal> sum(List<DisclosureSummary> summaries) {
        BigDecimal total = null;
        for (DisclosureSummary s : summaries) {
            Optional<BigDecimal> v = inSiteUnit(s.actual(), s.unit());
            if (v.isPresent()) {
                total = total == null ? v.get() : total.add(v.get());
            }
        }
        return Optional.ofNullable(total);
    }

    AggregateViews.HomeView home(
            HomeIntro intro,
            Map<String, List<DisclosureSummary>> byDepartment,
            Map<String, DepartmentProfile> profiles,
            Map<Integer, List<DisclosureSummary>> byYear) {
        List<TableView.Row> rows = new ArrayList<>();
        int disclosures = 0;
        for (var e : byDepartment.entrySet()) {
            List<DisclosureSummary> list = e.getValue();
            disclosures += list.size();
            DepartmentProfile p =
                    profiles.getOrDefault(e.getKey(), DepartmentProfile.empty(e.getKey()));
            DisclosureSummary latest = list.get(list.size() - 1);
            String name = p.department().orElse(latest.department());
            String region = p.region().orElse(latest.region().orElse(""));
            StringBuilder years = new StringBuilder();
            for (DisclosureSummary s : list) {
                years.append(years.length() == 0 ? "" : " ").append(s.year());
            }
            rows.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.link(name, url("/" + e.getKey() + "/")),
                                    TableView.Cell.text(region),
                                    TableView.Cell.text(years.toString()),
                                    amountCell(latest.actual(), latest.unit()))));
        }
        TableView departments =
                new TableView(
                        "departments",
                        "home-departments",
                        "",
                        t.get("table.home-departments"),
                        List.of(
                                new TableView.Column(t.get("col.department"), false),
                                new TableView.Column(t.get("col.region"), false),
                                new TableView.Column(t.get("col.years"), false),
                                new TableView.Column(
                                        t.format("col.latest-actual", config.unit()), true)),
                        rows,
                        List.of());
        List<Views.Stat> totals = new ArrayList<>();
        totals.add(
                new Views.Stat(
                        t.get("stat.departments"), String.valueOf(byDepartment.size()), "", ""));
        totals.add(new Views.Stat(t.get("stat.disclosures"), String.valueOf(disclosures), "", ""));
        if (!byYear.isEmpty()) {
            int latest = new TreeMap<>(byYear).lastKey();
            sum(byYear.get(latest))
                    .ifPresent(
                            v ->
                                    totals.add(
                                            new Views.Stat(
                                                    t.format("stat.year-total", latest),
                                                    Format.amount(v),
                                                    config.unit(),
                                                    "")));
        }
        List<Views.Link> years =
                new TreeMap<>(byYear)
                        .descendingKeySet().stream()
                                .map(
                                        y ->
                                                new Views.Link(
                                                        String.valueOf(y),
                                                        url("/years/" + y + "/"),
                                                        false))
                                .toList();
        String title = intro.title().orElse(config.title());
        return new AggregateViews.HomeView(
                title, new SafeString(intro.body().html()), totals, departments, years, List.of());
    }
}
