package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Derived;
import org.gongkai.model.Figure;
import org.gongkai.model.Finding;
import org.gongkai.model.FindingKind;
import org.gongkai.model.PublicPart;
import org.gongkai.model.ThreePublic;

/**
 * 三公经费: the parts (reception, vehicles, overseas) must add up to a stated total, for budget and for
 * actual; and vehicle purchase plus operation must add up to the vehicles' stated amount.
 */
final class ThreePublicCheck implements Check {
    @Override
    public List<Finding> run(Derived d, Tolerance tolerance) {
        Optional<ThreePublic> tp = d.disclosure().threePublic();
        if (tp.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        String unit = d.disclosure().unit();
        Optional<PublicPart> vehicles = tp.get().vehicles();
        if (vehicles.isPresent()) {
            Optional<Figure> actual = vehicles.get().amount("actual");
            Optional<BigDecimal> parts = vehicleParts(vehicles.get());
            if (actual.isPresent()
                    && parts.isPresent()
                    && tolerance.exceeded(actual.get().value(), parts.get())) {
                out.add(finding(actual.get(), "three_public.vehicles", parts.get(), unit));
            }
        }
        if (tp.get().total().isPresent()) {
            for (String measure : List.of("budget", "actual")) {
                Optional<Figure> stated = tp.get().total().get().amount(measure);
                Optional<BigDecimal> sum = partsSum(tp.get(), measure);
                if (stated.isPresent()
                        && sum.isPresent()
                        && tolerance.exceeded(stated.get().value(), sum.get())) {
                    out.add(finding(stated.get(), "three_public", sum.get(), unit));
                }
            }
        }
        return out;
    }

    private static Finding finding(
            Figure stated, String subject, BigDecimal computed, String unit) {
        return new Finding(
                FindingKind.THREE_PUBLIC,
                stated.path(),
                stated.pos(),
                subject,
                stated.value(),
                computed,
                unit);
    }

    /** Purchase plus operation, where either is given. */
    private static Optional<BigDecimal> vehicleParts(PublicPart vehicles) {
        Optional<Figure> purchase = vehicles.amount("purchase");
        Optional<Figure> operation = vehicles.amount("operation");
        if (purchase.isEmpty() && operation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                purchase.map(Figure::value)
                        .orElse(BigDecimal.ZERO)
                        .add(operation.map(Figure::value).orElse(BigDecimal.ZERO)));
    }

    /**
     * The sum of the parts' amounts; for actual, vehicles count as purchase plus operation if need
     * be.
     */
    private static Optional<BigDecimal> partsSum(ThreePublic tp, String measure) {
        BigDecimal sum = null;
        for (String key : ThreePublic.PART_KEYS) {
            Optional<PublicPart> part = tp.part(key);
            if (part.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> v = part.get().amount(measure).map(Figure::value);
            if (v.isEmpty() && measure.equals("actual") && key.equals("vehicles")) {
                v = vehicleParts(part.get());
            }
            if (v.isPresent()) {
                sum = sum == null ? v.get() : sum.add(v.get());
            }
        }
        return Optional.ofNullable(sum);
    }
}
