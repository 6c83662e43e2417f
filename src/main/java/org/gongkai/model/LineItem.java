package org.gongkai.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.problem.Pos;

/**
 * A row of income or expenditure as written: optional classification code, name, the amounts it
 * states, and the items nested under it. Sums and code-prefix hierarchy are in {@link ItemTree}.
 */
public record LineItem(
        String path,
        Pos pos,
        Optional<String> code,
        String name,
        Map<Measure, Figure> stated,
        Optional<String> note,
        List<LineItem> items) {

    public LineItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        stated =
                stated.isEmpty()
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(new EnumMap<>(stated));
        items = List.copyOf(items);
    }

    public Optional<Figure> figure(Measure m) {
        return Optional.ofNullable(stated.get(m));
    }
}
