package org.gongkai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails on content leaves the previous site exactly as it was; a build with findings
 * publishes them in {@code data.json} and on the page.
 */
class FailedBuildIT {
    @TempDir Path dir;

    @Test
    void failedBuildLeavesThePreviousSiteByteForByteIntact() throws IOException {
        SpecExample seeds = SpecExample.read(specFile("09-seeds.md")).get(1);
        seeds.writeTo(dir);
        BuildResult first = build();
        assertThat(first.exitCode()).as("%s", first.problems()).isZero();
        Map<String, byte[]> before = snapshot(dir.resolve("site"));
        assertThat(before).containsKey("dx-zgh/2023/index.html");

        Path disclosure = dir.resolve("content/dx-zgh/2023.md");
        Files.writeString(
                disclosure,
                Files.readString(disclosure).replace("actual: 153.78}", "actual: 一百五十}"));
        Files.writeString(dir.resolve("content/dx-zgh/2024.md"), "---\ndepartment: 道县总工会\n");
        BuildResult failed = build();

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.errors()).as("two amounts and an unclosed front matter").isEqualTo(3);
        Map<String, byte[]> after = snapshot(dir.resolve("site"));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        // no staging folder left behind; the lock file stays by design (see OutputLock)
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site", "site.yaml", ".site.lock");
        }
    }

    @Test
    void publishesTheSeedsFindingsInDataJsonAndOnThePage() throws IOException {
        SpecExample.read(specFile("09-seeds.md")).get(1).writeTo(dir);

        BuildResult r = build();

        assertThat(r.exitCode()).isZero();
        String json =
                Files.readString(dir.resolve("site/dx-zgh/2023/data.json"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"kind\" : \"narrative-amount\"",
                        "\"path\" : \"narrative\"",
                        "\"subject\" : \"住房公积金\"",
                        "\"stated\" : 6",
                        "\"computed\" : 60000",
                        "\"unit\" : \"元\"");
        String page =
                Files.readString(
                        dir.resolve("site/dx-zgh/2023/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("data-kind=\"narrative-amount\"").contains("住房公积金");
    }

    private BuildResult build() {
        return new SiteBuild()
                .run(new BuildOptions(dir, dir.resolve("site"), false, false, true, false));
    }

    private static Path specFile(String name) {
        return SpecExample.specFiles().stream()
                .filter(p -> p.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
