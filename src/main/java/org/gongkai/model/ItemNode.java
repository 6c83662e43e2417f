package org.gongkai.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A line item placed in its hierarchy, with the amount of each measure: the stated one, or for a
 * parent that states none, the exact sum of its children.
 *
 * @param item the row as written, or a subtotal row implied by codes (then {@code synthesized})
 * @param depth 0 for a top-level row
 */
public record ItemNode(
        LineItem item,
        boolean synthesized,
        int depth,
        List<ItemNode> children,
        Map<Measure, BigDecimal> amounts,
        Set<Measure> derived) {

    public ItemNode {
        children = List.copyOf(children);
        amounts =
                amounts.isEmpty()
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(new EnumMap<>(amounts));
        derived =
                derived.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(derived));
    }

    public Optional<BigDecimal> amount(Measure m) {
        return Optional.ofNullable(amounts.get(m));
    }

    /** The exact sum of the children's amounts of {@code m}, if any child has one. */
    public Optional<BigDecimal> childrenSum(Measure m) {
        BigDecimal sum = null;
        for (ItemNode c : children) {
            BigDecimal v = c.amounts.get(m);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return Optional.ofNullable(sum);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public String name() {
        return item.name();
    }

    public Optional<String> code() {
        return item.code();
    }
}
