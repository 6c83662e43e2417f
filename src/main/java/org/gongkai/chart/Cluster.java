package org.gongkai.chart;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one row or one year across several series, keyed by {@link Series#key()}; a series
 * the row does not state is simply absent.
 *
 * @param code a classification code drawn before the label, or empty
 */
public record Cluster(String code, String label, Map<String, Value> values) {
    public Cluster {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        values = Map.copyOf(values);
    }

    public Optional<Value> value(Series s) {
        return Optional.ofNullable(values.get(s.key()));
    }

    String fullLabel() {
        return code.isEmpty() ? label : code + " " + label;
    }
}
