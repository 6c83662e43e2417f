package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.Narrative;
import org.gongkai.problem.Pos;

/**
 * An amount written in the narrative must be the figure the data gives for the item it names. The
 * data figure is converted to the unit written in the sentence and rounded half up to the decimals
 * written there; then the two must be equal, with no tolerance, since it is the same figure printed
 * twice. A unit slip ({@code 住房公积金6元} where the data says 6 万元) is a finding like any other.
 *
 * <p>Where a name stands for several figures (its budget and its actual, or two items of the same
 * name), the sentence agrees with the data when it matches any of them; a finding shows the one
 * nearest to what is written. The finding is placed on the narrative's line, column 1: the
 * narrative is known line by line as plain text, without its Markdown columns.
 */
final class NarrativeCheck implements Check {
    static final String PATH = "narrative";

    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        Narrative narrative = d.disclosure().narrative();
        NarrativeNames names = NarrativeNames.of(d);
        if (narrative.lines().isEmpty() || names.isEmpty()) {
            return List.of();
        }
        MoneyUnits units = new MoneyUnits(d.disclosure().unit());
        NarrativeScanner scanner = new NarrativeScanner(names, units);
        List<Finding> out = new ArrayList<>();
        for (Narrative.TextLine line : narrative.lines()) {
            for (NarrativeScanner.Mention m : scanner.mentions(line.text())) {
                compare(m, names.figures(m.name()), units)
                        .ifPresent(
                                data ->
                                        out.add(
                                                new Finding(
                                                        FindingKind.NARRATIVE_AMOUNT,
                                                        PATH,
                                                        Pos.of(line.line(), 1),
                                                        m.name(),
                                                        m.amount(),
                                                        data,
                                                        m.unit())));
            }
        }
        return out;
    }

    /**
     * Empty when the written amount is one of the figures; otherwise the figure nearest to it, in
     * the written unit. Empty too when no figure can be put in the written unit.
     */
    private static Optional<BigDecimal> compare(
            NarrativeScanner.Mention m, List<BigDecimal> figures, MoneyUnits units) {
        BigDecimal nearest = null;
        for (BigDecimal figure : figures) {
            Optional<BigDecimal> converted = units.convert(figure, m.unit());
            if (converted.isEmpty()) {
                continue;
            }
            // In its own unit a figure keeps the decimals it was written with (2.50); converted, it
            // is shown without the zeros the conversion adds (6.00 万元 is 60000 元, not 60000.00).
            BigDecimal v = converted.get() == figure ? figure : plain(converted.get());
            if (v.setScale(m.scale(), RoundingMode.HALF_UP).compareTo(m.amount()) == 0) {
                return Optional.empty();
            }
            if (nearest == null
                    || distance(v, m.amount()).compareTo(distance(nearest, m.amount())) < 0) {
                nearest = v;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static BigDecimal distance(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs();
    }

    /** 60000.00 as 60000, 2.50 as 2.5: the figure itself, not the scale the conversion gave it. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
