package org.gongkai.chart;

import java.util.List;
import java.util.Objects;

/** A group of a breakdown (工资福利支出) with its own figure and the items it is made of. */
public record BarGroup(Bar total, List<Bar> items) {
    public BarGroup {
        Objects.requireNonNull(total, "total");
        items = List.copyOf(items);
    }
}
