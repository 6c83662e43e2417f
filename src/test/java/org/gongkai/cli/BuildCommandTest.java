package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai build} says whether it built the site or changed it, and what it wrote. */
class BuildCommandTest {
    private static final Path ENGLISH = Path.of("src/test/resources/sites/english");

    @TempDir Path dir;

    @Test
    void saysWhenItRebuiltIncrementallyAndHowManyFilesItWrote() throws IOException {
        copy(ENGLISH, dir);
        String first = build("--source", dir.toString());
        assertThat(first).startsWith("built ").doesNotContain("incrementally");

        String unchanged = build("--source", dir.toString());
        assertThat(unchanged)
                .startsWith(
                        "updated "
                                + dir.resolve("site")
                                + " incrementally: 0 files written, 0 removed");

        Path report = dir.resolve("content/lx-union/2023.md");
        Files.writeString(
                report, Files.readString(report).replaceFirst("actual: ([0-9]+)", "actual: 1$1"));
        String edited = build("--source", dir.toString());
        assertThat(edited)
                .startsWith("updated " + dir.resolve("site") + " incrementally: ")
                .doesNotContain(": 0 files written");

        String clean = build("--source", dir.toString(), "--no-cache");
        assertThat(clean).startsWith("built ");
        assertThat(dir.resolve(".site.cache")).doesNotExist();
    }

    private static String build(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] command =
                Stream.concat(Stream.of("build"), Stream.of(args)).toArray(String[]::new);
        int code = Main.run(command, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("%s", err).isZero();
        return out.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
