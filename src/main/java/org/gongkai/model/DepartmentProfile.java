package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What {@code content/<slug>/_index.md} says about a department; every part optional. */
public record DepartmentProfile(
        String slug,
        Optional<String> department,
        Optional<String> region,
        List<String> functions,
        List<String> units,
        Narrative body) {

    public DepartmentProfile {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(region, "region");
        functions = List.copyOf(functions);
        units = List.copyOf(units);
        Objects.requireNonNull(body, "body");
    }

    public static DepartmentProfile empty(String slug) {
        return new DepartmentProfile(
                slug, Optional.empty(), Optional.empty(), List.of(), List.of(), Narrative.EMPTY);
    }
}
