package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.problem.Pos;

/** Builds the view of a disclosure page from the model. Thread-safe. */
final class DisclosurePage {
    private final ThemeMessages t;
    private final DisclosureTables tables;
    private final DisclosureCharts charts;
    private final String basePath;
    private final org.gongkai.config.SiteConfig config;

    DisclosurePage(ThemeMessages messages, org.gongkai.config.SiteConfig config) {
        this.t = messages;
        this.tables = new DisclosureTables(messages);
        this.charts = new DisclosureCharts(messages);
        this.basePath = config.basePath();
        this.config = config;
    }

    Views.DisclosureView view(
            Derived d,
            List<Finding> findings,
            List<Integer> departmentYears,
            List<TableView> tableViews) {
        Disclosure x = d.disclosure();
        List<Views.Link> years = new ArrayList<>();
        for (int y : departmentYears) {
            years.add(
                    new Views.Link(
                            String.valueOf(y), url("/" + x.slug() + "/" + y + "/"), y == x.year()));
        }
        List<Views.Download> downloads = new ArrayList<>();
        downloads.add(
                new Views.Download(
                        t.get("download.data-json"), url(x.url() + "data.json"), "JSON"));
        for (TableView tv : tableViews) {
            downloads.add(new Views.Download(tv.caption(), url(x.url() + tv.id() + ".csv"), "CSV"));
        }
        return new Views.DisclosureView(
                x.title(),
                x.department(),
                x.year(),
                t.get("kind." + x.kind().key()),
                x.region().orElse(""),
                x.published().map(Object::toString).orElse(""),
                x.unit(),
                url(x.url()),
                url("/" + x.slug() + "/"),
                url("/years/" + x.year() + "/"),
                config.absolute(x.url()),
                years,
                headline(d),
                charts(d),
                tableViews,
                findings.stream().map(f -> finding(f, x)).toList(),
                x.narrative().headings(),
                new SafeString(x.narrative().html()),
                downloads);
    }

    List<TableView> tables(Derived d) {
        return tables.all(d);
    }

    private String url(String sitePath) {
        return SitePaths.under(basePath, sitePath);
    }

    private List<Views.Stat> headline(Derived d) {
        String unit = d.disclosure().unit();
        List<Views.Stat> out = new ArrayList<>();
        d.actual()
                .ifPresent(
                        v ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.actual"), Format.amount(v), unit, "")));
        d.budget()
                .ifPresent(
                        v ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.budget"), Format.amount(v), unit, "")));
        d.adjusted()
                .ifPresent(
                        v ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.adjusted"),
                                                Format.amount(v),
                                                unit,
                                                "")));
        d.executionRate()
                .ifPresent(
                        v ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.execution"),
                                                Format.percent(v),
                                                "",
                                                t.get(
                                                        d.adjusted().isPresent()
                                                                ? "stat.execution.adjusted"
                                                                : "stat.execution.budget"))));
        d.deviation()
                .ifPresent(
                        v ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.deviation"),
                                                Format.percent(v),
                                                "",
                                                t.get("stat.deviation.note"))));
        d.disclosure()
                .score()
                .ifPresent(
                        s ->
                                out.add(
                                        new Views.Stat(
                                                t.get("stat.score"),
                                                Format.plain(s.value()),
                                                t.get("unit.points"),
                                                "")));
        return out;
    }

    private List<ChartView> charts(Derived d) {
        return charts.all(d);
    }

    static TableView.Cell share(BigDecimal part, BigDecimal whole) {
        return Derived.percent(Optional.of(part), Optional.of(whole))
                .map(p -> TableView.Cell.number(Format.percent(p), p.toPlainString()))
                .orElse(TableView.Cell.empty(true));
    }

    private Views.FindingView finding(Finding f, Disclosure x) {
        boolean points =
                f.kind() == FindingKind.INDICATOR_SCORE
                        || f.kind() == FindingKind.INDICATOR_WEIGHTS
                        || f.kind() == FindingKind.SCORE_TOTAL;
        boolean asWritten = points || f.kind() == FindingKind.NARRATIVE_AMOUNT;
        String stated = asWritten ? Format.plain(f.stated()) : Format.amount(f.stated());
        String computed = asWritten ? Format.plain(f.computed()) : Format.amount(f.computed());
        String diff = asWritten ? f.difference().toPlainString() : Format.signed(f.difference());
        String subject = t.find("subject." + f.subject()).orElse(f.subject());
        String text =
                t.format("finding." + f.kind().key(), subject, stated, computed, diff, f.unit());
        String location = f.pos().equals(Pos.NONE) ? x.file() : x.file() + ":" + f.pos().line();
        return new Views.FindingView(f.kind().key(), text, location);
    }
}
