package org.gongkai.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The marks of a value axis: round steps (1, 2, 2.5 or 5 times a power of ten) from a multiple of
 * the step at or below the smallest value to one at or above the largest, zero always included.
 * Exact decimals, so tick labels print as written ({@code 250}, {@code 0.5}). Immutable.
 */
record Ticks(BigDecimal low, BigDecimal high, BigDecimal step) {
    private static final BigDecimal[] NICE = {
        BigDecimal.ONE,
        BigDecimal.valueOf(2),
        new BigDecimal("2.5"),
        BigDecimal.valueOf(5),
        BigDecimal.TEN
    };

    /** Ticks for values from {@code min} to {@code max}, aiming at about {@code count} steps. */
    static Ticks of(BigDecimal min, BigDecimal max, int count) {
        BigDecimal lo = min.min(BigDecimal.ZERO);
        BigDecimal hi = max.max(BigDecimal.ZERO);
        BigDecimal span = hi.subtract(lo);
        if (span.signum() == 0) {
            return new Ticks(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        }
        BigDecimal raw = span.divide(BigDecimal.valueOf(count), 20, RoundingMode.HALF_UP);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal step = power;
        for (BigDecimal m : NICE) {
            step = m.multiply(power);
            if (step.compareTo(raw) >= 0) {
                break;
            }
        }
        BigDecimal low = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal high = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Ticks(low, high, step);
    }

    List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
            out.add(v);
        }
        return out;
    }

    /** Where {@code v} lies between low (0) and high (1). */
    double fraction(BigDecimal v) {
        return v.subtract(low).doubleValue() / high.subtract(low).doubleValue();
    }

    static String text(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.signum() == 0
                ? "0"
                : s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
