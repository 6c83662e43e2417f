package org.gongkai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build gives the site a clean build of the same sources gives, byte for byte, and
 * the same problems; whatever can change many pages makes it a clean build; and a failed build
 * leaves the site and its cache as they were.
 *
 * <p>The site: the sample site of the repository (two departments with profiles, a home page
 * introduction) with more years made from its reports, and a static page that links into it.
 */
class IncrementalBuildIT {
    private static final Path SAMPLE = Path.of(".");

    @TempDir Path dir;
    private Path src;
    private Path site;

    @BeforeEach
    void sampleSiteWithMoreYears() throws IOException {
        src = dir.resolve("src");
        site = src.resolve("site");
        copyTree(SAMPLE.resolve("content"), src.resolve("content"));
        Files.copy(SAMPLE.resolve("site.yaml"), src.resolve("site.yaml"));
        for (int year : new int[] {2021, 2022}) {
            write("content/lx-zgh/" + year + ".md", yearOf(read("content/lx-zgh/2023.md"), year));
            write("content/dx-zgh/" + year + ".md", yearOf(read("content/dx-zgh/2023.md"), year));
        }
        write(
                "static/about.html",
                """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于</title></head>
                <body><a href="/lx-zgh/2022/">泸县总工会2022</a></body></html>
                """);
        BuildResult first = build();
        assertThat(first.exitCode()).as("%s", first.problems()).isZero();
        assertThat(first.incremental()).isFalse();
        assertThat(src.resolve(".site.cache/state.bin")).isRegularFile();
    }

    @Test
    void editedFigureRewritesOnlyWhatShowsIt() throws IOException {
        edit("content/lx-zgh/2022.md", "actual: 575.65\n", "actual: 585.65\n");

        BuildResult r = rebuildAndCompare();

        assertThat(r.files())
                .as("page, data.json, a CSV, department, year, years, home, feed")
                .isBetween(4L, 10L);
        assertThat(r.deleted()).isZero();
    }

    @Test
    void editedNarrativeHeadings() throws IOException {
        String text = read("content/dx-zgh/2023.md");
        String heading = text.lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow();
        edit("content/dx-zgh/2023.md", heading + "\n", heading + "（修订）\n");
        rebuildAndCompare();
    }

    @Test
    void addedYearRendersTheDepartmentsOtherYearsAgain() throws IOException {
        write("content/lx-zgh/2020.md", yearOf(read("content/lx-zgh/2023.md"), 2020));
        BuildResult r = rebuildAndCompare();
        assertThat(r.pages())
                .as("four disclosures, department, year pages and overviews")
                .isGreaterThan(4);
    }

    @Test
    void deletedDisclosureIsRemoved() throws IOException {
        Files.delete(src.resolve("content/dx-zgh/2021.md"));
        BuildResult r = rebuildAndCompare();
        assertThat(site.resolve("dx-zgh/2021")).doesNotExist();
        assertThat(r.deleted()).isPositive();
    }

    @Test
    void addedAndDeletedDepartments() throws IOException {
        copyTree(src.resolve("content/dx-zgh"), src.resolve("content/xx-zgh"));
        deleteTree(src.resolve("content/dx-zgh"));
        BuildResult r = rebuildAndCompare();
        assertThat(site.resolve("dx-zgh")).doesNotExist();
        assertThat(r.deleted()).as("its pages, data, CSVs and search fragment").isGreaterThan(10);
        copyTree(src.resolve("content/xx-zgh"), src.resolve("content/yy-zgh"));
        Files.delete(src.resolve("content/xx-zgh/_index.md"));
        rebuildAndCompare();
    }

    @Test
    void editedProfileAndHomeIntroduction() throws IOException {
        edit("content/lx-zgh/_index.md", "  - 办公室\n", "  - 综合办公室\n");
        rebuildAndCompare();
        edit("content/_index.md", "本站公开", "本网站公开");
        rebuildAndCompare();
        Files.delete(src.resolve("content/dx-zgh/_index.md"));
        rebuildAndCompare();
    }

    @Test
    void severalChangesInARow() throws IOException {
        edit("content/lx-zgh/2021.md", "actual: 575.65\n", "actual: 575.66\n");
        rebuildAndCompare();
        write("content/dx-zgh/2024.md", yearOf(read("content/dx-zgh/2023.md"), 2024));
        rebuildAndCompare();
        Files.delete(src.resolve("content/lx-zgh/2021.md"));
        edit("content/dx-zgh/2022.md", "## ", "## 新");
        rebuildAndCompare();
        Files.delete(src.resolve("content/dx-zgh/2024.md"));
        rebuildAndCompare();
    }

    @Test
    void touchedFileIsReadButNothingIsWritten() throws IOException {
        Path file = src.resolve("content/lx-zgh/2022.md");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Map<String, byte[]> before = snapshot(site);

        BuildResult r = build();

        assertThat(r.incremental()).isTrue();
        assertThat(r.files()).isZero();
        assertSameFiles(snapshot(site), before);
        assertThat(build().files()).as("nothing changed at all").isZero();
    }

    @Test
    void configurationThemeAndStaticFilesMakeItAFullBuild() throws IOException {
        edit("site.yaml", "title: 县级部门预决算与绩效公开", "title: 县级部门公开");
        rebuildAndCompare(false);
        write(
                "layouts/404.peb",
                Files.readString(SAMPLE.resolve("themes/default/templates/404.peb"))
                        .replace("{% endblock %}\n", "<p>404</p>\n{% endblock %}\n"));
        rebuildAndCompare(false);
        write("static/robots.txt", "User-agent: *\n");
        rebuildAndCompare(false);
        edit("content/lx-zgh/2022.md", "actual: 575.65\n", "actual: 585.65\n");
        rebuildAndCompare(true);
    }

    @Test
    void missingOutputOrDamagedCacheMakeItAFullBuild() throws IOException {
        deleteTree(site);
        rebuildAndCompare(false);
        Path state = src.resolve(".site.cache/state.bin");
        Files.write(state, new byte[] {1, 2, 3}, StandardOpenOption.TRUNCATE_EXISTING);
        rebuildAndCompare(false);
        assertThat(new SiteBuild().run(options(false)).exitCode()).isZero();
        assertThat(src.resolve(".site.cache"))
                .as("a build without the cache removes it")
                .doesNotExist();
        rebuildAndCompare(false);
    }

    @Test
    void outputMissingAFileTheCacheNeedsIsBuiltInFull() throws IOException {
        // the fragments of the search index move when a department is added before the others
        Files.delete(site.resolve("search/d/0/3.json"));
        copyTree(src.resolve("content/dx-zgh"), src.resolve("content/aa-zgh"));
        rebuildAndCompare(false);
    }

    @Test
    void departmentWithAProfileOnly() throws IOException {
        for (String year : new String[] {"2021", "2022", "2023"}) {
            Files.delete(src.resolve("content/dx-zgh/" + year + ".md"));
        }
        rebuildAndCompare();
        assertThat(site.resolve("dx-zgh/index.html")).exists();
        assertThat(site.resolve("dx-zgh/2023")).doesNotExist();
        write(
                "content/dx-zgh/2019.md",
                yearOf(read("content/lx-zgh/2023.md"), 2019).replace("lx-zgh", "dx-zgh"));
        rebuildAndCompare();
    }

    @Test
    void homeIntroductionAddedAndRemoved() throws IOException {
        Files.delete(src.resolve("content/_index.md"));
        rebuildAndCompare();
        write("content/_index.md", "---\ntitle: 公开\n---\n\n本站公开县级部门的报告。\n");
        rebuildAndCompare();
    }

    @Test
    void contentErrorLeavesTheSiteAndTheCacheAsTheyWere() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        byte[] cache = Files.readAllBytes(src.resolve(".site.cache/state.bin"));
        edit("content/lx-zgh/2022.md", "actual: 575.65\n", "actual: 一百\n");

        BuildResult r = build();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.problems())
                .anyMatch(p -> p.isError() && p.file().equals("content/lx-zgh/2022.md"));
        assertSameFiles(snapshot(site), before);
        assertThat(Files.readAllBytes(src.resolve(".site.cache/state.bin"))).isEqualTo(cache);
        assertThat(src.resolve(".site.new")).doesNotExist();
        edit("content/lx-zgh/2022.md", "actual: 一百\n", "actual: 585.65\n");
        rebuildAndCompare();
    }

    @Test
    void brokenLinkInTheEditLeavesTheSiteAsItWas() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        String text = read("content/dx-zgh/2022.md");
        write("content/dx-zgh/2022.md", text + "\n见[说明](/nowhere/)。\n");

        BuildResult r = build();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.problems())
                .anyMatch(
                        p ->
                                p.isError()
                                        && p.kind().equals("link")
                                        && p.file().equals("site/dx-zgh/2022/index.html"));
        assertSameFiles(snapshot(site), before);
        write("content/dx-zgh/2022.md", text);
        rebuildAndCompare();
    }

    @Test
    void deletingAPageThatAStaticPageLinksToFails() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        Files.delete(src.resolve("content/lx-zgh/2022.md"));

        BuildResult r = build();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.isError() && p.file().equals("site/about.html"));
        assertSameFiles(snapshot(site), before);
        BuildResult clean =
                new SiteBuild()
                        .run(new BuildOptions(src, dir.resolve("clean"), false, true, true, false));
        assertThat(clean.exitCode()).as("a clean build fails the same way").isEqualTo(1);
    }

    /** Rebuilds incrementally, then builds cleanly elsewhere, and compares the two. */
    private BuildResult rebuildAndCompare() throws IOException {
        return rebuildAndCompare(true);
    }

    private BuildResult rebuildAndCompare(boolean incremental) throws IOException {
        BuildResult r = build();
        assertThat(r.exitCode()).as("%s", r.problems()).isZero();
        assertThat(r.incremental()).as("incremental").isEqualTo(incremental);
        Path clean = dir.resolve("clean");
        deleteTree(clean);
        BuildResult c = new SiteBuild().run(new BuildOptions(src, clean, false, true, true, false));
        assertThat(c.exitCode()).as("%s", c.problems()).isZero();
        assertSameFiles(snapshot(site), snapshot(clean));
        assertThat(shown(r.problems(), "site/"))
                .isEqualTo(shown(c.problems(), clean.toString() + "/"));
        assertThat(src.resolve(".site.new")).doesNotExist();
        return r;
    }

    private BuildResult build() {
        return new SiteBuild().run(options(true));
    }

    private BuildOptions options(boolean cache) {
        return new BuildOptions(src, site, false, true, true, cache);
    }

    private static List<String> shown(List<Problem> problems, String output) {
        return problems.stream()
                .map(
                        p ->
                                p.severity()
                                        + " "
                                        + p.file().replace(output, "<out>/")
                                        + ":"
                                        + p.pos()
                                        + " "
                                        + p.path()
                                        + " "
                                        + p.message())
                .toList();
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static String yearOf(String report, int year) {
        return report.replace("year: 2023", "year: " + year).replace("2023年", year + "年");
    }

    private String read(String path) throws IOException {
        return Files.readString(src.resolve(path), StandardCharsets.UTF_8);
    }

    private void write(String path, String text) throws IOException {
        Path file = src.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = read(path);
        assertThat(text).as(path).contains(from);
        write(
                path,
                text.replaceFirst(
                        java.util.regex.Pattern.quote(from),
                        java.util.regex.Matcher.quoteReplacement(to)));
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
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

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
