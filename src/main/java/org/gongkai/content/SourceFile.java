package org.gongkai.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A content file found in a site: where it is on disk, and its name relative to the site folder
 * with forward slashes ({@code content/lx-zgh/2023.md}), as every message shows it.
 *
 * @param slug the department folder, or empty for {@code content/_index.md}
 * @param year the year of a disclosure, or 0 for an {@code _index.md}
 */
public record SourceFile(Path path, String name, String slug, int year) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
    }

    public boolean isDisclosure() {
        return year != 0;
    }
}
