package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output a build's arguments name, and when the class archive is used or made. */
class ClassArchiveTest {
    @TempDir Path dir;

    @Test
    void readsTheOutputAsTheBuildCommandDoes() {
        assertThat(ClassArchive.output(new String[] {"build"})).contains(Path.of(".", "site"));
        assertThat(ClassArchive.output(new String[] {"build", "--source", "s"}))
                .contains(Path.of("s", "site"));
        assertThat(
                        ClassArchive.output(
                                new String[] {"build", "--source=s", "--strict", "--output", "o"}))
                .contains(Path.of("o"));
        assertThat(
                        ClassArchive.output(
                                new String[] {"build", "--stats", "--no-check", "--output=o"}))
                .contains(Path.of("o"));
    }

    @Test
    void knowsNoOutputForAnythingElse() {
        assertThat(ClassArchive.output(new String[] {"build", "--no-cache"})).isEmpty();
        assertThat(ClassArchive.output(new String[] {"build", "--help"})).isEmpty();
        assertThat(ClassArchive.output(new String[] {"build", "--output"})).isEmpty();
        assertThat(ClassArchive.output(new String[] {"check", "site"})).isEmpty();
        assertThat(ClassArchive.output(new String[0])).isEmpty();
    }

    @Test
    void makesTheArchiveWhenMissingOrStaleAndUsesItWhenItFits() throws IOException {
        ClassArchive fresh = new ClassArchive(dir, "jar 1");
        assertThat(fresh.options()).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(fresh.options()).containsAll(ClassArchive.QUIET);
        fresh.made();
        assertThat(dir.resolve("jvm.stamp")).as("no archive was made").doesNotExist();

        Files.writeString(dir.resolve("jvm.jsa"), "archive");
        fresh.made();
        assertThat(new ClassArchive(dir, "jar 1").options())
                .first()
                .asString()
                .isEqualTo("-XX:SharedArchiveFile=" + dir.resolve("jvm.jsa"));

        ClassArchive stale = new ClassArchive(dir, "jar 2");
        assertThat(stale.options()).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
        stale.clearIfStale();
        assertThat(dir.resolve("jvm.jsa")).doesNotExist();
        assertThat(dir.resolve("jvm.stamp")).doesNotExist();
    }
}
