package org.gongkai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build checks the links of its output before the output replaces the old site. */
class BuildLinkCheckTest {
    @TempDir Path dir;

    String err;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(
                dir.resolve("site.yaml"),
                "title: 测试\nbase_url: https://budget.example.gov.cn/\nlanguage: en\n");
        narrative("[the department](/lx-zgh/)");
    }

    void narrative(String markdown) throws IOException {
        Files.createDirectories(dir.resolve("content/lx-zgh"));
        Files.writeString(
                dir.resolve("content/lx-zgh/2023.md"),
                "---\ndepartment: 泸县总工会\nyear: 2023\nkind: budget\n---\n\n## 一、概况\n\n"
                        + markdown
                        + "\n");
    }

    int build(String... more) {
        StringWriter out = new StringWriter();
        StringWriter e = new StringWriter();
        String[] args =
                Stream.concat(Stream.of("build", "--source", dir.toString()), Stream.of(more))
                        .toArray(String[]::new);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void brokenInternalLinkFailsTheBuildAndKeepsTheOldSite() throws IOException {
        assertThat(build()).as(err).isZero();
        Map<String, String> before = files(dir.resolve("site"));
        assertThat(before).containsKey("lx-zgh/2023/index.html");

        narrative("[2022](/lx-zgh/2022/) and [a section](#二没有这一节)");
        assertThat(build()).isEqualTo(1);

        assertThat(files(dir.resolve("site"))).isEqualTo(before);
        assertThat(dir.resolve(".site.new")).doesNotExist();
        assertThat(err)
                .containsPattern(
                        "error: site/lx-zgh/2023/index\\.html:\\d+:\\d+: /lx-zgh/2022/: "
                                + "there is no lx-zgh/2022/ in the site\n");
        assertThat(err)
                .containsPattern(
                        "error: site/lx-zgh/2023/index\\.html:\\d+:\\d+: #二没有这一节: "
                                + "there is no element with id or name \"二没有这一节\" on this page\n");
        assertThat(err).contains("2 problems: 2 errors", "build failed after");
    }

    @Test
    void findingsArePlacedInTheOutputAsTheUserNamesIt() {
        Path out = dir.resolve("public");
        BuildResult r = new SiteBuild().run(new BuildOptions(dir, out, false, true, true, false));
        assertThat(r.exitCode()).isZero();
        assertThat(LinkStage.shown(dir, out)).isEqualTo("public/");
        Path elsewhere = dir.resolveSibling(dir.getFileName() + "-out");
        assertThat(LinkStage.shown(dir, elsewhere)).isEqualTo(elsewhere.toAbsolutePath() + "/");
    }

    @Test
    void brokenLinkIsAProblemOfKindLinkAtItsLineAndColumn() throws IOException {
        narrative("[2022](/lx-zgh/2022/)");
        BuildResult r =
                new SiteBuild()
                        .run(new BuildOptions(dir, dir.resolve("site"), false, true, true, false));
        assertThat(r.exitCode()).isEqualTo(1);
        Problem p = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.kind()).isEqualTo("link");
        assertThat(p.file()).isEqualTo("site/lx-zgh/2023/index.html");
        assertThat(p.path()).isEqualTo("/lx-zgh/2022/");
        // the same page, published without the check, shows where the attribute is
        assertThat(build("--no-check")).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("site/lx-zgh/2023/index.html"));
        int line = 0;
        while (!lines.get(line).contains("href=\"/lx-zgh/2022/\"")) {
            line++;
        }
        int column = lines.get(line).indexOf("href=\"/lx-zgh/2022/\"") + 1;
        assertThat(p.pos()).isEqualTo(Pos.of(line + 1, column));
    }

    @Test
    void noCheckPublishesDespiteTheBrokenLink() throws IOException {
        narrative("[2022](/lx-zgh/2022/)");
        assertThat(build("--no-check")).as(err).isZero();
        assertThat(Files.readString(dir.resolve("site/lx-zgh/2023/index.html")))
                .contains("href=\"/lx-zgh/2022/\"");
    }

    @Test
    void statsGivePagesPerSecondAndThePeakHeap() {
        assertThat(build("--stats")).as(err).isZero();
        assertThat(err)
                .containsPattern(
                        "stats: \\d+ pages in [0-9.]+ s: \\d+ pages/s; peak heap \\d+ MB \\(max \\d+ MB\\)");
        assertThat(build()).as(err).isZero();
        assertThat(err).doesNotContain("stats:");
    }
}
