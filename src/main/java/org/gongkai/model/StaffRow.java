package org.gongkai.model;

import java.util.Objects;
import java.util.Optional;

/** Staff of one category: authorised posts (编制) and people actually employed. */
public record StaffRow(String category, Optional<Count> authorized, Optional<Count> actual) {
    public StaffRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(authorized, "authorized");
        Objects.requireNonNull(actual, "actual");
    }
}
