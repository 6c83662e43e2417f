package org.gongkai.model;

import java.util.Objects;
import java.util.Optional;

/** What {@code content/_index.md} says on the home page: an optional title and an introduction. */
public record HomeIntro(Optional<String> title, Narrative body) {
    public static final HomeIntro NONE = new HomeIntro(Optional.empty(), Narrative.EMPTY);

    public HomeIntro {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
