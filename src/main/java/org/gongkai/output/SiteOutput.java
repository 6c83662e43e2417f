package org.gongkai.output;

import java.nio.charset.StandardCharsets;

/**
 * Where a build writes the files of the site, by site path ({@code lx-zgh/2023/index.html}): a
 * whole new folder ({@link OutputDir}) or the changes to the folder there is ({@link
 * OutputChanges}). Thread-safe.
 */
public interface SiteOutput {
    void write(String path, byte[] content);

    default void write(String path, String content) {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
