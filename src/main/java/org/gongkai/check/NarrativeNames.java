package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Measure;
import org.gongkai.model.PublicPart;
import org.gongkai.model.ThreePublic;

/**
 * The names a narrative may use for a figure of the disclosure, each with every figure it can stand
 * for: the line items by their names in the data (a name used twice, such as 住房公积金 in both
 * classifications, stands for the figures of both), the parts of 三公经费 by their usual names, and the
 * aggregates 基本支出, 项目支出, 年初预算, 调整预算 and 决算. A name stands for each measure it has (budget,
 * adjusted, actual, ...), since a sentence may quote any of them. Immutable.
 */
final class NarrativeNames {
    /** Names shorter than this (其他, 合计 are two) say too little to be matched in free text. */
    private static final int MIN_LENGTH = 2;

    private static final List<Measure> ORDER =
            List.of(
                    Measure.ACTUAL,
                    Measure.ADJUSTED,
                    Measure.BUDGET,
                    Measure.BASIC,
                    Measure.PROJECT);
    private static final List<String> TOTAL_NAMES =
            List.of("“三公”经费", "\"三公\"经费", "‘三公’经费", "'三公'经费", "三公经费", "three public expenses");
    private static final List<String> RECEPTION_NAMES = List.of("公务接待费", "official reception");
    private static final List<String> VEHICLE_NAMES =
            List.of("公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车费", "official vehicles");
    private static final List<String> PURCHASE_NAMES = List.of("公务用车购置费");
    private static final List<String> OPERATION_NAMES = List.of("公务用车运行费", "公务用车运行维护费");
    private static final List<String> OVERSEAS_NAMES =
            List.of("因公出国（境）费", "因公出国(境)费", "因公出国（境）费用", "因公出国费", "出国（境）费", "overseas trips");

    /** Figures by name, in the disclosure's unit; names of the same first letter, longest first. */
    private final Map<String, List<BigDecimal>> figures;

    private final Map<Character, List<String>> byFirst;

    /**
     * The first characters of the names, as a set of their low ten bits: the scanner asks at every
     * character of the narrative, and nearly every answer is no.
     */
    private final long[] firstBits = new long[16];

    private NarrativeNames(Map<String, List<BigDecimal>> figures) {
        this.figures = figures;
        Map<Character, List<String>> index = new HashMap<>();
        for (String name : figures.keySet()) {
            char k = key(name.charAt(0));
            index.computeIfAbsent(k, x -> new ArrayList<>()).add(name);
            firstBits[(k >> 6) & 15] |= 1L << (k & 63);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        this.byFirst = index;
    }

    static NarrativeNames of(Derived d) {
        Names n = new Names();
        for (ItemTree tree : List.of(d.income(), d.byFunction(), d.byEconomic())) {
            for (ItemNode node : tree.flatten()) {
                for (Measure m : ORDER) {
                    node.amount(m).ifPresent(v -> n.add(node.name(), v));
                }
            }
        }
        d.disclosure().threePublic().ifPresent(tp -> threePublic(tp, n));
        n.addAll(
                List.of("基本支出", "basic expenditure"),
                d.byFunction().total(Measure.BASIC).or(() -> d.byEconomic().total(Measure.BASIC)));
        n.addAll(
                List.of("项目支出", "project expenditure"),
                d.byFunction()
                        .total(Measure.PROJECT)
                        .or(() -> d.byEconomic().total(Measure.PROJECT)));
        n.addAll(List.of("年初预算", "initial budget"), d.budget());
        n.addAll(List.of("调整预算", "全年预算", "adjusted budget"), d.adjusted());
        n.addAll(List.of("决算", "决算数", "实际支出", "支出合计", "支出总额", "actual expenditure"), d.actual());
        n.addAll(List.of("收入合计", "收入总额", "total income"), d.income().total(Measure.ACTUAL));
        return new NarrativeNames(n.figures);
    }

    private static void threePublic(ThreePublic tp, Names n) {
        for (String amount : List.of("actual", "budget")) {
            BigDecimal sum = null;
            for (String key : ThreePublic.PART_KEYS) {
                Optional<BigDecimal> v = tp.part(key).flatMap(p -> partAmount(p, key, amount));
                if (v.isPresent()) {
                    sum = sum == null ? v.get() : sum.add(v.get());
                }
            }
            n.addAll(TOTAL_NAMES, tp.total().flatMap(p -> p.amount(amount)).map(Figure::value));
            n.addAll(TOTAL_NAMES, Optional.ofNullable(sum));
            n.addAll(
                    RECEPTION_NAMES,
                    tp.reception().flatMap(p -> partAmount(p, "reception", amount)));
            n.addAll(VEHICLE_NAMES, tp.vehicles().flatMap(p -> partAmount(p, "vehicles", amount)));
            n.addAll(OVERSEAS_NAMES, tp.overseas().flatMap(p -> partAmount(p, "overseas", amount)));
        }
        tp.vehicles()
                .ifPresent(
                        v -> {
                            n.addAll(PURCHASE_NAMES, v.amount("purchase").map(Figure::value));
                            n.addAll(OPERATION_NAMES, v.amount("operation").map(Figure::value));
                        });
    }

    /** A part's amount; vehicles without one count as purchase plus operation, as the checks do. */
    private static Optional<BigDecimal> partAmount(PublicPart p, String key, String amount) {
        Optional<BigDecimal> v = p.amount(amount).map(Figure::value);
        if (v.isPresent() || !key.equals("vehicles") || !amount.equals("actual")) {
            return v;
        }
        Optional<Figure> purchase = p.amount("purchase");
        Optional<Figure> operation = p.amount("operation");
        if (purchase.isEmpty() && operation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                purchase.map(Figure::value)
                        .orElse(BigDecimal.ZERO)
                        .add(operation.map(Figure::value).orElse(BigDecimal.ZERO)));
    }

    boolean isEmpty() {
        return figures.isEmpty();
    }

    /** The longest name written at {@code at} in {@code text}, as written there. */
    Optional<String> at(String text, int at) {
        char k = key(text.charAt(at));
        if ((firstBits[(k >> 6) & 15] & (1L << (k & 63))) == 0) {
            return Optional.empty();
        }
        List<String> names = byFirst.get(k);
        if (names != null) {
            for (String name : names) {
                if (text.regionMatches(true, at, name, 0, name.length())) {
                    return Optional.of(text.substring(at, at + name.length()));
                }
            }
        }
        return Optional.empty();
    }

    /** The figures a name found by {@link #at} stands for, in the order they were added. */
    List<BigDecimal> figures(String name) {
        for (Map.Entry<String, List<BigDecimal>> e : figures.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return List.of();
    }

    static char key(char c) {
        // A character that Character.toLowerCase leaves alone (every Chinese one) is also left
        // alone by String.toLowerCase, which is the rule, without a string per character.
        if (Character.toLowerCase(c) == c) {
            return c;
        }
        return String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
    }

    /** Collects figures while the names are gathered. */
    private static final class Names {
        final Map<String, List<BigDecimal>> figures = new LinkedHashMap<>();

        void add(String name, BigDecimal value) {
            String n = name.strip();
            if (n.length() >= MIN_LENGTH) {
                figures.computeIfAbsent(n, k -> new ArrayList<>()).add(value);
            }
        }

        void addAll(List<String> names, Optional<BigDecimal> value) {
            value.ifPresent(v -> names.forEach(name -> add(name, v)));
        }
    }
}
