package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The money units a narrative may write an amount in, with their size in yuan: the Chinese ones (元,
 * 千元, 万元, 百万元, 亿元), their English names, and the disclosure's own unit as written even when it is
 * none of these (it can then be compared with itself only). Immutable.
 */
final class MoneyUnits {
    private static final Map<String, BigDecimal> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("元", BigDecimal.ONE);
        KNOWN.put("千元", BigDecimal.TEN.pow(3));
        KNOWN.put("万元", BigDecimal.TEN.pow(4));
        KNOWN.put("百万元", BigDecimal.TEN.pow(6));
        KNOWN.put("亿元", BigDecimal.TEN.pow(8));
        KNOWN.put("yuan", BigDecimal.ONE);
        KNOWN.put("thousand yuan", BigDecimal.TEN.pow(3));
        KNOWN.put("ten thousand yuan", BigDecimal.TEN.pow(4));
        KNOWN.put("10,000 yuan", BigDecimal.TEN.pow(4));
        KNOWN.put("10 000 yuan", BigDecimal.TEN.pow(4));
        KNOWN.put("million yuan", BigDecimal.TEN.pow(6));
        KNOWN.put("hundred million yuan", BigDecimal.TEN.pow(8));
        KNOWN.put("100 million yuan", BigDecimal.TEN.pow(8));
    }

    /** Unit words, longest first, so that 万元 is read before 元 and "million yuan" before "yuan". */
    private final List<String> words;

    private final String own;

    MoneyUnits(String disclosureUnit) {
        this.own = disclosureUnit.strip();
        List<String> w = new ArrayList<>(KNOWN.keySet());
        if (!own.isEmpty() && !contains(w, own)) {
            w.add(own);
        }
        w.sort(Comparator.comparingInt(String::length).reversed());
        this.words = List.copyOf(w);
    }

    /** The unit word written at {@code at} in {@code text}, if one is. */
    Optional<String> at(String text, int at) {
        for (String w : words) {
            if (text.regionMatches(true, at, w, 0, w.length())) {
                return Optional.of(text.substring(at, at + w.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code value}, an amount in the disclosure's unit, in the unit {@code written}: exact, since
     * every unit is a power of ten yuan. Empty when the two cannot be compared.
     */
    Optional<BigDecimal> convert(BigDecimal value, String written) {
        if (written.equalsIgnoreCase(own)) {
            return Optional.of(value);
        }
        Optional<BigDecimal> from = yuan(own);
        Optional<BigDecimal> to = yuan(written);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(from.get()).divide(to.get()));
    }

    private static Optional<BigDecimal> yuan(String unit) {
        return Optional.ofNullable(KNOWN.get(unit.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean contains(List<String> words, String unit) {
        return words.stream().anyMatch(w -> w.equalsIgnoreCase(unit));
    }
}
