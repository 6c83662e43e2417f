package org.gongkai.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Maps exact values to bar lengths: the value of largest magnitude gets {@code length} user units
 * and the others their exact share of it, rounded to two decimals only when printed. Negative
 * values get the length of their magnitude and are drawn leftwards from the axis. Immutable.
 */
record Scale(BigDecimal max, double length) {

    static Scale of(Collection<BigDecimal> values, double length) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            max = max.max(v.abs());
        }
        return new Scale(max, length);
    }

    /** The length of the bar of {@code v}, exact to two decimals; 0 when every value is 0. */
    BigDecimal exact(BigDecimal v) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return v.abs().multiply(BigDecimal.valueOf(length)).divide(max, 2, RoundingMode.HALF_UP);
    }

    /** {@link #exact} as a coordinate. */
    double extent(BigDecimal v) {
        return exact(v).doubleValue();
    }

    /** {@link #exact} as written in the {@code width} attribute: no trailing zeros. */
    String widthText(BigDecimal v) {
        return Svg.num(extent(v));
    }
}
