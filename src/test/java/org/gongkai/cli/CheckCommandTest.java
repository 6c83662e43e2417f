package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code gongkai check}: exit codes, the three formats, and where its options come from. */
class CheckCommandTest {
    @TempDir Path dir;

    Path pages;
    String out;
    String err;

    @BeforeEach
    void site() throws IOException {
        pages = dir.resolve("site");
        Files.createDirectories(pages.resolve("docs"));
        Files.writeString(
                dir.resolve("site.yaml"),
                """
                title: test
                base_url: https://budget.example.gov.cn/
                language: en
                check:
                  ignore: ['^/archive/']
                """);
        Files.writeString(
                pages.resolve("index.html"),
                "<a href=\"docs/\">docs</a>\n<a href=\"/archive/old.html\">old</a>\n");
        Files.writeString(pages.resolve("docs/index.html"), "<a href=\"/\">home</a>\n");
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    void breakALink() throws IOException {
        Files.writeString(
                pages.resolve("docs/index.html"),
                "<p>文</p>\n<p><a href=\"/\">home</a> <img src=\"missing.png\"></p>\n");
    }

    @Test
    void cleanFolderExitsZero() {
        assertThat(run(pages.toString(), "--site", dir.toString())).as(err).isEqualTo(ExitCode.OK);
        assertThat(out).isEqualTo("checked 2 files, 2 links: no broken links\n");
    }

    @Test
    void brokenLinkExitsOneAndIsGroupedUnderItsFile() throws IOException {
        breakALink();
        assertThat(run(pages.toString(), "--site", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(out)
                .isEqualTo(
                        pages
                                + "/docs/index.html\n"
                                + "  2:25 warning: missing.png: image without alt text: add"
                                + " alt=\"...\" saying what it shows, or alt=\"\" if it is only"
                                + " decoration\n"
                                + "  2:30 error: missing.png: there is no docs/missing.png in the"
                                + " site\n"
                                + "checked 2 files, 3 links: 1 error, 1 warning\n");
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Files.writeString(pages.resolve("docs/index.html"), "<img src=\"../index.html\">");
        assertThat(run(pages.toString(), "--site", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out).endsWith("checked 2 files, 2 links: 0 errors, 1 warning\n");
    }

    @Test
    void jsonHasTheShapeOfTheIssue() throws IOException {
        breakALink();
        assertThat(run(pages.toString(), "--site", dir.toString(), "--format", "json"))
                .isEqualTo(ExitCode.FAILED);
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(fieldNames(root)).containsExactly("checked", "findings");
        assertThat(fieldNames(root.get("checked"))).containsExactly("files", "links");
        assertThat(root.get("checked").get("files").asInt()).isEqualTo(2);
        assertThat(root.get("checked").get("links").asInt()).isEqualTo(3);
        assertThat(root.get("findings").get(0).get("severity").asText()).isEqualTo("warning");
        JsonNode error = root.get("findings").get(1);
        assertThat(fieldNames(error))
                .containsExactly("severity", "file", "line", "column", "url", "reason");
        assertThat(error.get("severity").asText()).isEqualTo("error");
        assertThat(error.get("file").asText()).isEqualTo("docs/index.html");
        assertThat(error.get("line").isInt()).isTrue();
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("column").asInt()).isEqualTo(30);
        assertThat(error.get("url").asText()).isEqualTo("missing.png");
        assertThat(error.get("reason").asText())
                .isEqualTo("there is no docs/missing.png in the site");
        assertThat(root.get("findings")).hasSize(2);
    }

    @Test
    void junitHasATestCasePerFileAndAFailurePerBrokenFile() throws Exception {
        breakALink();
        assertThat(run(pages.toString(), "--site", dir.toString(), "--format", "JUnit"))
                .isEqualTo(ExitCode.FAILED);
        Document xml =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(
                                new java.io.ByteArrayInputStream(
                                        out.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name"))
                .isEqualTo("docs/index.html");
        assertThat(failure.getTextContent())
                .contains("docs/index.html:2:30: error: missing.png: there is no docs/missing.png");
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("image without alt text");
    }

    @Test
    void statsGoToTheErrorStream() {
        assertThat(run(pages.toString(), "--site", dir.toString(), "--stats"))
                .isEqualTo(ExitCode.OK);
        assertThat(out).isEqualTo("checked 2 files, 2 links: no broken links\n");
        assertThat(err)
                .matches(
                        "checked 2 pages \\(2 files\\) and 2 links in [0-9.]+ s: \\d+ pages/s, \\d+"
                                + " links/s\n");
    }

    @Test
    void sameFolderGivesTheSameBytes() throws IOException {
        breakALink();
        run(pages.toString(), "--site", dir.toString(), "--format", "json");
        String first = out;
        run(pages.toString(), "--site", dir.toString(), "--format", "json");
        assertThat(out).isEqualTo(first);
    }

    @Test
    void siteYamlGivesBaseUrlIgnorePatternsAndLanguage() throws IOException {
        Files.writeString(
                pages.resolve("index.html"),
                "<a href=\"https://budget.example.gov.cn/gone.html\">x</a>"
                        + "<a href=\"/archive/ignored.html\">y</a>");
        Files.writeString(
                dir.resolve("site.yaml"),
                Files.readString(dir.resolve("site.yaml"))
                        .replace("language: en", "language: zh-CN"));
        assertThat(run(pages.toString(), "--site", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(out)
                .contains("1:4 error: https://budget.example.gov.cn/gone.html: 网站中没有 gone.html")
                .contains("checked 2 files, 2 links: 1 error, 0 warnings");
    }

    @Test
    void baseUrlAndIgnoreOnTheCommandLine() throws IOException {
        Files.writeString(
                pages.resolve("index.html"),
                "<a href=\"/budget/docs/\">docs</a> <a href=\"/budget/x/\">x</a>");
        Files.writeString(pages.resolve("docs/index.html"), "<a href=\"/budget/\">home</a>");
        assertThat(
                        run(
                                pages.toString(),
                                "--site",
                                dir.toString(),
                                "--base-url",
                                "https://example.gov.cn/budget/",
                                "--ignore",
                                "/x/$"))
                .as(out)
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run(dir.resolve("nothing").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).startsWith("no folder " + dir.resolve("nothing") + " to check\n");
        assertThat(run(pages.toString(), "--site", dir.toString(), "--format", "xml"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err).startsWith("--format must be text, json or junit, not xml\n");
        assertThat(
                        run(
                                pages.toString(),
                                "--site",
                                dir.toString(),
                                "--base-url",
                                "budget.example.gov.cn"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run(pages.toString(), "--site", dir.toString(), "--ignore", "("))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err).startsWith("--ignore ( is not a regular expression");
        assertThat(run(pages.toString(), "--site", pages.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).startsWith("no site.yaml in " + pages);
        assertThat(run(pages.toString(), "--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(run(pages.toString(), "--site", dir.toString(), "--external", "--per-host", "0"))
                .isEqualTo(ExitCode.USAGE);
        Files.writeString(dir.resolve("site.yaml"), "title: x\n");
        assertThat(run(pages.toString(), "--site", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).contains("base_url").contains("has errors");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
