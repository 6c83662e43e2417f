package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only files whose bytes differ are staged, and nothing in the site changes before the commit. */
class OutputChangesTest {
    @TempDir Path dir;
    private Path site;

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("site");
        write("index.html", "home");
        write("lx-zgh/index.html", "department");
        write("lx-zgh/2023/index.html", "2023");
        write("lx-zgh/2023/data.json", "{}");
        write("lx-zgh/2022/index.html", "2022");
    }

    private void write(String path, String text) throws IOException {
        Path f = site.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000));
    }

    @Test
    void stagesOnlyWhatDiffersAndChangesTheSiteOnlyOnCommit() throws IOException {
        OutputChanges out = OutputChanges.prepare(site);
        out.write("index.html", "home");
        out.write("lx-zgh/index.html", "department, changed");
        out.write("lx-zgh/2024/index.html", "2024");
        out.delete("lx-zgh/2022/index.html");
        out.delete("nowhere.html");

        assertThat(out.files()).isEqualTo(2);
        assertThat(out.deleted()).containsExactly("lx-zgh/2022/index.html");
        assertThat(out.staging().resolve("lx-zgh/index.html")).hasContent("department, changed");
        assertThat(out.staging().resolve("index.html")).doesNotExist();
        assertThat(site.resolve("lx-zgh/index.html")).hasContent("department");
        assertThat(site.resolve("lx-zgh/2024")).doesNotExist();

        out.commit();

        assertThat(site.resolve("lx-zgh/index.html")).hasContent("department, changed");
        assertThat(site.resolve("lx-zgh/2024/index.html")).hasContent("2024");
        assertThat(Files.getLastModifiedTime(site.resolve("index.html")).toMillis())
                .as("the same bytes: not written")
                .isEqualTo(1_000_000);
        assertThat(site.resolve("lx-zgh/2022")).as("emptied by the deletion").doesNotExist();
        assertThat(site.resolve("lx-zgh/2023/data.json")).exists();
        assertThat(out.staging()).doesNotExist();
    }

    @Test
    void abortLeavesTheSiteAsItWas() throws IOException {
        OutputChanges out = OutputChanges.prepare(site);
        out.write("lx-zgh/index.html", "half");
        out.delete("index.html");

        out.abort();

        assertThat(site.resolve("lx-zgh/index.html")).hasContent("department");
        assertThat(site.resolve("index.html")).hasContent("home");
        assertThat(out.staging()).doesNotExist();
    }

    @Test
    void aPathWrittenIsNotDeleted() throws IOException {
        OutputChanges out = OutputChanges.prepare(site);
        out.delete("lx-zgh/2022/index.html");
        out.write("lx-zgh/2022/index.html", "2022");
        out.commit();
        assertThat(site.resolve("lx-zgh/2022/index.html")).hasContent("2022");
    }

    @Test
    void refusesPathsThatLeaveTheSite() {
        OutputChanges out = OutputChanges.prepare(site);
        assertThatThrownBy(() -> out.write("../evil", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> out.delete("/etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
