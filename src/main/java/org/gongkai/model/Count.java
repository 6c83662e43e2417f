package org.gongkai.model;

import java.util.Objects;
import org.gongkai.problem.Pos;

/** A whole, non-negative number of things (people, batches, vehicles) as an editor wrote it. */
public record Count(long value, String path, Pos pos) {
    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pos, "pos");
    }
}
