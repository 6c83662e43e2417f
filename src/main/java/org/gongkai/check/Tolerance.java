package org.gongkai.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rounding difference the site allows ({@code tolerance} in {@code site.yaml}). A difference of
 * exactly the tolerance is rounding; only a larger one is a finding.
 */
record Tolerance(BigDecimal value) {
    Tolerance {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0");
        }
    }

    /** Whether {@code stated} and {@code computed} differ by more than the tolerance. */
    boolean exceeded(BigDecimal stated, BigDecimal computed) {
        return stated.subtract(computed).abs().compareTo(value) > 0;
    }
}
