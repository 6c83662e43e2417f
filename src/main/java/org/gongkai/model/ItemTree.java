package org.gongkai.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.problem.Pos;

/**
 * A list of line items arranged as the content format says: nested {@code items} are children, and
 * a row whose code is a prefix of another row's code in the same list is that row's parent.
 * Immutable.
 *
 * <pre>
 * ItemTree tree = ItemTree.of(disclosure.byFunction(), FunctionCodes.standard());
 * tree.total(Measure.ACTUAL);   // exact sum of the top-level rows
 * </pre>
 */
public final class ItemTree {
    private final List<ItemNode> roots;

    private ItemTree(List<ItemNode> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The tree of rows as written, without implied parents. */
    public static ItemTree of(List<LineItem> rows) {
        return new ItemTree(build(rows, 0, Optional.empty()));
    }

    /**
     * The tree with the 类 and 款 subtotal rows that 5- and 7-digit functional codes imply, named
     * from {@code codes}, added where the disclosure does not list them.
     */
    public static ItemTree of(List<LineItem> rows, FunctionCodes codes) {
        return new ItemTree(build(rows, 0, Optional.of(codes)));
    }

    public List<ItemNode> roots() {
        return roots;
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The exact sum of the top-level rows' amounts of {@code m}, if any states or implies one. */
    public Optional<BigDecimal> total(Measure m) {
        BigDecimal sum = null;
        for (ItemNode n : roots) {
            BigDecimal v = n.amounts().get(m);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return Optional.ofNullable(sum);
    }

    /** Every node, parents before children, in document order. */
    public List<ItemNode> flatten() {
        List<ItemNode> out = new ArrayList<>();
        roots.forEach(n -> addAll(n, out));
        return List.copyOf(out);
    }

    private static void addAll(ItemNode n, List<ItemNode> out) {
        out.add(n);
        n.children().forEach(c -> addAll(c, out));
    }

    /** The rows that have no children: what a chart of the classification draws. */
    public List<ItemNode> leaves() {
        return flatten().stream().filter(ItemNode::isLeaf).toList();
    }

    /** Whether any row in the tree, as written, states {@code m}. */
    public boolean states(Measure m) {
        return flatten().stream().anyMatch(n -> n.item().stated().containsKey(m));
    }

    private static List<ItemNode> build(
            List<LineItem> rows, int depth, Optional<FunctionCodes> codes) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> byCode = new LinkedHashMap<>();
        for (LineItem row : rows) {
            Draft d = new Draft(row, false);
            drafts.add(d);
            row.code().ifPresent(c -> byCode.putIfAbsent(c, d));
        }
        if (codes.isPresent()) {
            drafts = withImpliedParents(drafts, byCode, codes.get());
        }
        List<Draft> top = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<Draft> parent = d.item.code().flatMap(c -> longestPrefix(c, byCode));
            if (parent.isPresent()) {
                parent.get().codeChildren.add(d);
            } else {
                top.add(d);
            }
        }
        List<ItemNode> out = new ArrayList<>();
        for (Draft d : top) {
            out.add(d.toNode(depth, codes));
        }
        return out;
    }

    private static List<Draft> withImpliedParents(
            List<Draft> drafts, Map<String, Draft> byCode, FunctionCodes codes) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<String> code = d.item.code();
            if (code.isPresent() && code.get().chars().allMatch(Character::isDigit)) {
                for (int len = 3; len < code.get().length(); len += 2) {
                    String prefix = code.get().substring(0, len);
                    if (!byCode.containsKey(prefix)) {
                        LineItem implied =
                                new LineItem(
                                        d.item.path(),
                                        Pos.NONE,
                                        Optional.of(prefix),
                                        codes.name(prefix).orElse(""),
                                        Map.of(),
                                        Optional.empty(),
                                        List.of());
                        Draft p = new Draft(implied, true);
                        byCode.put(prefix, p);
                        out.add(p);
                    }
                }
            }
            out.add(d);
        }
        return out;
    }

    private static Optional<Draft> longestPrefix(String code, Map<String, Draft> byCode) {
        for (int len = code.length() - 1; len > 0; len--) {
            Draft d = byCode.get(code.substring(0, len));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A row while the tree is being built; becomes an immutable {@link ItemNode}. */
    private static final class Draft {
        final LineItem item;
        final boolean synthesized;
        final List<Draft> codeChildren = new ArrayList<>();

        Draft(LineItem item, boolean synthesized) {
            this.item = item;
            this.synthesized = synthesized;
        }

        ItemNode toNode(int depth, Optional<FunctionCodes> codes) {
            List<ItemNode> children = new ArrayList<>();
            for (Draft c : codeChildren) {
                children.add(c.toNode(depth + 1, codes));
            }
            children.addAll(build(item.items(), depth + 1, codes));
            Map<Measure, BigDecimal> amounts = new EnumMap<>(Measure.class);
            Set<Measure> derived = EnumSet.noneOf(Measure.class);
            for (Measure m : Measure.values()) {
                Figure f = item.stated().get(m);
                if (f != null) {
                    amounts.put(m, f.value());
                    continue;
                }
                BigDecimal sum = null;
                for (ItemNode c : children) {
                    BigDecimal v = c.amounts().get(m);
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                    }
                }
                if (sum != null) {
                    amounts.put(m, sum);
                    derived.add(m);
                }
            }
            return new ItemNode(item, synthesized, depth, children, amounts, derived);
        }
    }
}
