package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How an indicator's actual value is compared with its target. */
public enum Operator {
    AT_LEAST(">=", "≥"),
    AT_MOST("<=", "≤"),
    EQUAL("=", "="),
    MORE(">", ">"),
    LESS("<", "<"),
    QUALITATIVE("qualitative", "");

    private final String key;
    private final String symbol;

    Operator(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    public String key() {
        return key;
    }

    /** The sign printed before a target; empty for a qualitative indicator. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Operator> ofKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Operator::key).toList());
    }

    /** Whether {@code actual} meets {@code target} by this operator; never for qualitative. */
    public boolean holds(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
            case MORE -> c > 0;
            case LESS -> c < 0;
            case QUALITATIVE ->
                    throw new IllegalStateException("qualitative has no numeric comparison");
        };
    }
}
