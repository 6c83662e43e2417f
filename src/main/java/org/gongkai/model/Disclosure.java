package org.gongkai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One department's disclosure for one year, as written in {@code content/<slug>/<year>.md}. Derived
 * figures (sums, rates, whether targets were met) are computed from it on demand; see {@link
 * Derived}.
 */
public record Disclosure(
        String file,
        String slug,
        String department,
        int year,
        Kind kind,
        String title,
        Optional<String> region,
        Optional<LocalDate> published,
        String unit,
        List<StaffRow> staff,
        Totals totals,
        List<LineItem> income,
        List<LineItem> byFunction,
        List<LineItem> byEconomic,
        Optional<ThreePublic> threePublic,
        List<Indicator> indicators,
        Optional<Figure> score,
        List<DataTable> tables,
        Narrative narrative) {

    public Disclosure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(unit, "unit");
        staff = List.copyOf(staff);
        Objects.requireNonNull(totals, "totals");
        income = List.copyOf(income);
        byFunction = List.copyOf(byFunction);
        byEconomic = List.copyOf(byEconomic);
        Objects.requireNonNull(threePublic, "threePublic");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(score, "score");
        tables = List.copyOf(tables);
        Objects.requireNonNull(narrative, "narrative");
    }

    /** The site path of the disclosure page, without the base path: {@code /<slug>/<year>/}. */
    public String url() {
        return "/" + slug + "/" + year + "/";
    }
}
