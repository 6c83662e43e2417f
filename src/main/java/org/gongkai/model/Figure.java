package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.problem.Pos;

/** An exact amount as an editor wrote it, with its key path and place in the file. */
public record Figure(BigDecimal value, String path, Pos pos) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
    }
}
