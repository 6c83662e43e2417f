package org.gongkai.model;

import java.util.Objects;
import java.util.Optional;

/** The headline figures of a disclosure, each optional. */
public record Totals(
        Optional<Figure> budget,
        Optional<Figure> adjusted,
        Optional<Figure> actual,
        Optional<Figure> carryIn,
        Optional<Figure> carryOut) {

    public static final Totals NONE =
            new Totals(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());

    public Totals {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(carryIn, "carryIn");
        Objects.requireNonNull(carryOut, "carryOut");
    }
}
