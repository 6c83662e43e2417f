package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LinkChecker#checkChange}: the site a change leaves is checked as a full check would check
 * it, reading only the changed pages and those whose links a change can break.
 */
class LinkChangeTest {
    @TempDir Path dir;

    static Stream<Path> cases() throws IOException {
        return LinkCheckSpecTest.cases();
    }

    /** Every case of the corpus, staged as a whole over an empty site: the same findings. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stagedSiteGivesTheFindingsOfAFullCheck(Path spec) throws IOException {
        SpecCase c = SpecCase.read(spec);
        Path staged = dir.resolve("staged");
        Path site = Files.createDirectories(dir.resolve("site"));
        c.write(staged);

        Report change = c.checker().checkChange(SiteLinks.NONE, site, staged, Set.of()).report();

        assertThat(findings(change)).isEqualTo(findings(c.checker().check(staged)));
    }

    /**
     * Every case, with every page and style sheet staged again unchanged over the site itself:
     * names looked up in the site as well as among the staged files give the same findings.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void restagedPagesGiveTheFindingsOfAFullCheck(Path spec) throws IOException {
        SpecCase c = SpecCase.read(spec);
        Path site = dir.resolve("site");
        Path staged = dir.resolve("staged");
        c.write(site);
        c.write(staged);
        try (Stream<Path> files = Files.walk(staged)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".css")) {
                    Files.delete(f);
                }
            }
        }

        Report change = c.checker().checkChange(SiteLinks.NONE, site, staged, Set.of()).report();

        assertThat(findings(change)).isEqualTo(findings(c.checker().check(site)));
    }

    /** Every case, checked in full once, then not changed: the findings kept are the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unchangedSiteKeepsItsFindingsThroughTheRecord(Path spec) throws IOException {
        SpecCase c = SpecCase.read(spec);
        Path site = dir.resolve("site");
        c.write(site);
        LinkChecker.CheckedSite full = c.checker().checkRecording(site);

        Report change =
                c.checker()
                        .checkChange(roundTrip(full.links()), site, dir.resolve("none"), Set.of())
                        .report();

        assertThat(change.files()).isEmpty();
        assertThat(findings(change)).isEqualTo(findings(full.report()));
        assertThat(findings(full.report())).isEqualTo(findings(c.checker().check(site)));
    }

    @Test
    void changedPageIsCheckedAgainstTheSiteAsTheChangeLeavesIt() throws IOException {
        write("site/index.html", "<a href=\"/a/\">a</a> <a href=\"/b.html\">b</a>");
        write("site/a/index.html", "<h1 id=\"x\">a</h1>");
        write("site/b.html", "<p>b</p>");
        write("site/c.html", "<p>c</p>");
        SiteLinks before = checker().checkRecording(dir.resolve("site")).links();
        write("staged/a/index.html", "<a href=\"/c.html\">c</a> <a href=\"/new.html\">new</a>");
        write("staged/new.html", "<a href=\"/b.html\">b</a>");

        LinkChecker.CheckedSite c =
                checker()
                        .checkChange(
                                before,
                                dir.resolve("site"),
                                dir.resolve("staged"),
                                Set.of("c.html"));

        assertThat(c.report().files()).containsExactly("a/index.html", "new.html");
        assertThat(text(c.report()))
                .containsExactly("a/index.html:1:4 /c.html: there is no c.html in the site");
    }

    @Test
    void pageLinkingToADeletedFileIsCheckedAgain() throws IOException {
        write("site/index.html", "<a href=\"/a/\">a</a> <a href=\"/b.html\">b</a>");
        write("site/a/index.html", "<p>a</p>");
        write("site/b.html", "<a href=\"/a/\">a</a>");
        SiteLinks before = roundTrip(checker().checkRecording(dir.resolve("site")).links());
        write("staged/b.html", "<p>b, changed</p>");

        Report r =
                checker()
                        .checkChange(
                                before,
                                dir.resolve("site"),
                                dir.resolve("staged"),
                                Set.of("a/index.html"))
                        .report();

        assertThat(r.files()).containsExactly("b.html", "index.html");
        assertThat(text(r)).containsExactly("index.html:1:4 /a/: there is no a/ in the site");
    }

    @Test
    void pageLinkingToAFragmentOfAChangedPageIsCheckedAgain() throws IOException {
        write("site/index.html", "<a href=\"/a.html#total\">a</a>");
        write("site/a.html", "<h2 id=\"total\">total</h2>");
        write("site/b.html", "<a href=\"/a.html\">a</a>");
        SiteLinks before = checker().checkRecording(dir.resolve("site")).links();
        write("staged/a.html", "<h2 id=\"sum\">total</h2>");

        Report r =
                checker()
                        .checkChange(before, dir.resolve("site"), dir.resolve("staged"), Set.of())
                        .report();

        assertThat(r.files())
                .as("b.html links to a.html without a fragment: the change cannot break it")
                .containsExactly("a.html", "index.html");
        assertThat(text(r))
                .containsExactly(
                        "index.html:1:4 /a.html#total: there is no element with id or name \"total\""
                                + " in a.html");
    }

    @Test
    void fragmentOfAnUnchangedPageIsLookedUpInIt() throws IOException {
        write("site/a.html", "<h2 id=\"total\">total</h2>");
        write("site/index.html", "<p>home</p>");
        SiteLinks before = checker().checkRecording(dir.resolve("site")).links();
        write(
                "staged/index.html",
                "<a href=\"/a.html#total\">a</a> <a href=\"/a.html#none\">a</a>");

        Report r =
                checker()
                        .checkChange(before, dir.resolve("site"), dir.resolve("staged"), Set.of())
                        .report();

        assertThat(text(r))
                .containsExactly(
                        "index.html:1:34 /a.html#none: there is no element with id or name \"none\""
                                + " in a.html");
    }

    @Test
    void folderEmptiedByTheChangeIsGone() throws IOException {
        write("site/index.html", "<p>home</p>");
        write("site/x/2023/index.html", "<p>x</p>");
        write("site/x/2023/data.json", "{}");
        SiteLinks before = checker().checkRecording(dir.resolve("site")).links();
        write("staged/index.html", "<a href=\"/x/2023/\">x</a> <a href=\"/x/\">x</a>");

        Report r =
                checker()
                        .checkChange(
                                before,
                                dir.resolve("site"),
                                dir.resolve("staged"),
                                Set.of("x/2023/index.html", "x/2023/data.json"))
                        .report();

        assertThat(text(r))
                .containsExactly(
                        "index.html:1:4 /x/2023/: there is no x/2023/ in the site",
                        "index.html:1:29 /x/: there is no x/ in the site");
    }

    private static LinkChecker checker() {
        return LinkChecker.builder().baseUrl(URI.create("https://budget.example.gov.cn/")).build();
    }

    private void write(String path, String html) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!doctype html><title>t</title>\n" + html, StandardCharsets.UTF_8);
    }

    private static SiteLinks roundTrip(SiteLinks links) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            links.write(out);
        }
        return SiteLinks.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<String> findings(Report r) {
        return r.findings().stream()
                .map(
                        f ->
                                f.severity()
                                        + " "
                                        + f.file()
                                        + ":"
                                        + f.line()
                                        + ":"
                                        + f.column()
                                        + " "
                                        + f.url()
                                        + " "
                                        + f.reasonText(Locale.ENGLISH))
                .toList();
    }

    private static List<String> text(Report r) {
        return r.findings().stream()
                .map(
                        f ->
                                f.file()
                                        + ":"
                                        + (f.line() - 1)
                                        + ":"
                                        + f.column()
                                        + " "
                                        + f.url()
                                        + ": "
                                        + f.reasonText(Locale.ENGLISH))
                .toList();
    }
}
