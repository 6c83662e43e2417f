package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import org.gongkai.problem.Pos;

/**
 * A reconciliation finding: a figure as published that does not agree with the figure computed from
 * the others, beyond the site's tolerance (or, in the narrative, at all).
 *
 * @param path the key path of the stated figure, or {@code narrative} for a sentence
 * @param pos where the stated figure is written
 * @param subject what the figure is, in the disclosure's words (an item's name, 三公经费, ...)
 * @param stated the figure as published
 * @param computed the figure the other figures give
 * @param unit the unit of both figures
 */
public record Finding(
        FindingKind kind,
        String path,
        Pos pos,
        String subject,
        BigDecimal stated,
        BigDecimal computed,
        String unit) {

    public static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::pos)
                    .thenComparing(Finding::path)
                    .thenComparing(f -> f.kind().key());

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(unit, "unit");
    }

    /** Stated minus computed, exact. */
    public BigDecimal difference() {
        return stated.subtract(computed);
    }
}
