package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Money units and their size in yuan, so that figures in 元, 千元, 万元 and 亿元 can be compared and
 * summed exactly. A unit outside this list is kept as written and never converted.
 */
public final class Units {
    private static final Map<String, BigDecimal> YUAN =
            Map.of(
                    "元", BigDecimal.ONE,
                    "千元", BigDecimal.valueOf(1_000),
                    "万元", BigDecimal.valueOf(10_000),
                    "亿元", BigDecimal.valueOf(100_000_000));

    private Units() {}

    /** How many yuan one {@code unit} is, if it is a known money unit. */
    public static Optional<BigDecimal> yuan(String unit) {
        return Optional.ofNullable(YUAN.get(unit.strip()));
    }

    /** {@code value} in {@code from} expressed exactly in {@code to}, if both are money units. */
    public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(value);
        }
        Optional<BigDecimal> f = yuan(from);
        Optional<BigDecimal> t = yuan(to);
        if (f.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal yuan = value.multiply(f.get());
        return Optional.of(yuan.divide(t.get()).stripTrailingZeros());
    }
}
