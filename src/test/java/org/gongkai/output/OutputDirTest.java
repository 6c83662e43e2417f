package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
    @TempDir Path dir;

    @Test
    void theOldSiteStaysUntilTheNewOneIsCommitted() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("old.html"), "old");
        OutputDir out = OutputDir.prepare(site);
        out.write("a/b/index.html", "new");
        assertThat(site.resolve("old.html")).hasContent("old");
        assertThat(site.resolve("a")).doesNotExist();
        out.commit();
        assertThat(site.resolve("a/b/index.html")).hasContent("new");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(dir.resolve(".site.new")).doesNotExist();
        assertThat(dir.resolve(".site.old")).doesNotExist();
        assertThat(out.files()).isEqualTo(1);
        assertThat(out.bytes()).isEqualTo(3);
    }

    @Test
    void abortLeavesTheOldSiteAsItWas() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("old.html"), "old");
        OutputDir out = OutputDir.prepare(site);
        out.write("index.html", "half");
        out.abort();
        assertThat(site.resolve("old.html")).hasContent("old");
        assertThat(site.resolve("index.html")).doesNotExist();
        assertThat(out.staging()).doesNotExist();
    }

    @Test
    void aStagingFolderLeftByACrashIsClearedFirst() throws IOException {
        Path stale = dir.resolve(".site.new");
        Files.createDirectories(stale);
        Files.writeString(stale.resolve("stale.html"), "x");
        OutputDir out = OutputDir.prepare(dir.resolve("site"));
        out.commit();
        assertThat(dir.resolve("site/stale.html")).doesNotExist();
    }

    @Test
    void refusesPathsThatLeaveTheSite() {
        OutputDir out = OutputDir.prepare(dir.resolve("site"));
        assertThatThrownBy(() -> out.write("../evil", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> out.write("/etc/x", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
