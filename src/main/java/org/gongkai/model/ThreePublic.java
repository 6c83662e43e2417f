package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** 三公经费: official reception, official vehicles, overseas trips, and an optional stated total. */
public record ThreePublic(
        Optional<PublicPart> total,
        Optional<PublicPart> reception,
        Optional<PublicPart> vehicles,
        Optional<PublicPart> overseas) {

    /** The keys of the parts, in the order they are shown. */
    public static final List<String> PART_KEYS = List.of("reception", "vehicles", "overseas");

    public ThreePublic {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(reception, "reception");
        Objects.requireNonNull(vehicles, "vehicles");
        Objects.requireNonNull(overseas, "overseas");
    }

    public Optional<PublicPart> part(String key) {
        return switch (key) {
            case "reception" -> reception;
            case "vehicles" -> vehicles;
            case "overseas" -> overseas;
            case "total" -> total;
            default -> throw new IllegalArgumentException("no part " + key);
        };
    }

    public boolean isEmpty() {
        return total.isEmpty() && reception.isEmpty() && vehicles.isEmpty() && overseas.isEmpty();
    }
}
