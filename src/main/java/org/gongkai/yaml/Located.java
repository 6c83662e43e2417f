package org.gongkai.yaml;

import java.util.Objects;
import org.gongkai.problem.Pos;

/** A value read from YAML with its key path and place. */
public record Located<T>(T value, String path, Pos pos) {
    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
    }
}
