package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A further table shown as published. Cells keep the text as written; a cell written as a number
 * also carries its exact value so that it can be aligned and exported as a number.
 */
public record DataTable(
        String title, List<String> columns, List<List<Cell>> rows, Optional<String> unit) {
    public DataTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(unit, "unit");
    }

    /** One cell: its text, and its value when it was written as a number. */
    public record Cell(String text, Optional<java.math.BigDecimal> number) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(number, "number");
        }
    }
}
