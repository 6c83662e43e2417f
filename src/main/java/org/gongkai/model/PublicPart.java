package org.gongkai.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Pos;

/**
 * One part of 三公经费 (reception, vehicles, overseas, or the stated total): its amounts by key ({@code
 * budget}, {@code actual}, and for vehicles {@code purchase} and {@code operation}) and its counts
 * ({@code batches}, {@code people}, {@code purchased}, {@code fleet}, {@code trips}).
 */
public record PublicPart(
        String path, Pos pos, Map<String, Figure> amounts, Map<String, Count> counts) {
    public PublicPart {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
        amounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public Optional<Figure> amount(String key) {
        return Optional.ofNullable(amounts.get(key));
    }

    public Optional<Count> count(String key) {
        return Optional.ofNullable(counts.get(key));
    }
}
