package org.gongkai.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The output folder as a build left it, without a file of ours in the published site: the folder's
 * identity on disk (device and inode where the file system has them; a clean build renames a new
 * folder into place) and the size and time of the files every build writes. When the folder on disk
 * no longer matches (deleted, replaced, restored from a copy, built by another tool), the cache
 * does not describe it and the build is a clean one.
 */
public record OutputStamp(String stamp) {
    private static final List<String> FILES =
            List.of("index.html", "404.html", "sitemap.xml", "feed.xml", "search/meta.json");

    public OutputStamp {
        Objects.requireNonNull(stamp, "stamp");
    }

    /** The stamp of {@code output} now; empty when it is not a folder. */
    public static Optional<OutputStamp> of(Path output) {
        StringBuilder sb = new StringBuilder();
        try {
            BasicFileAttributes root = Files.readAttributes(output, BasicFileAttributes.class);
            if (!root.isDirectory()) {
                return Optional.empty();
            }
            sb.append(root.fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String f : FILES) {
            sb.append(' ').append(f).append(' ');
            try {
                BasicFileAttributes a =
                        Files.readAttributes(output.resolve(f), BasicFileAttributes.class);
                sb.append(a.size())
                        .append(':')
                        .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                sb.append('-');
            }
        }
        return Optional.of(new OutputStamp(sb.toString()));
    }
}
