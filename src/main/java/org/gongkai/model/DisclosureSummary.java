package org.gongkai.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The few figures of a disclosure that pages across disclosures need (home, department, year,
 * sitemap, feed). Aggregate pages are built from these alone, so a build never holds every whole
 * disclosure in memory.
 */
public record DisclosureSummary(
        String slug,
        String department,
        int year,
        Kind kind,
        String title,
        Optional<String> region,
        Optional<LocalDate> published,
        String unit,
        Optional<BigDecimal> budget,
        Optional<BigDecimal> adjusted,
        Optional<BigDecimal> actual,
        Optional<BigDecimal> executionRate,
        Optional<BigDecimal> score,
        int findings) {

    public DisclosureSummary {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(executionRate, "executionRate");
        Objects.requireNonNull(score, "score");
    }

    public static DisclosureSummary of(Derived d, List<Finding> findings) {
        Disclosure x = d.disclosure();
        return new DisclosureSummary(
                x.slug(),
                x.department(),
                x.year(),
                x.kind(),
                x.title(),
                x.region(),
                x.published(),
                x.unit(),
                d.budget(),
                d.adjusted(),
                d.actual(),
                d.executionRate(),
                x.score().map(Figure::value),
                findings.size());
    }

    public String url() {
        return "/" + slug + "/" + year + "/";
    }
}
