package org.gongkai.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are printed on pages and in charts: fixed decimals, no grouping, exact rounding. */
public final class Format {
    private Format() {}

    /** An amount with two decimals, rounded half up as accountants do: {@code 575.65}. */
    public static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage with two decimals and the sign: {@code 26.33%}. */
    public static String percent(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * A number as written, without trailing zeros beyond what was given: {@code 93.4}, {@code 20}.
     */
    public static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** A signed difference with two decimals: {@code +0.27}, {@code -1.00}. */
    public static String signed(BigDecimal v) {
        String s = amount(v);
        return v.signum() > 0 ? "+" + s : s;
    }
}
