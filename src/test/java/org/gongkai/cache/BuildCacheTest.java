package org.gongkai.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.linkcheck.LinkChecker;
import org.gongkai.linkcheck.SiteLinks;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.model.Kind;
import org.gongkai.model.Narrative;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.StoredIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache reads back what it wrote, and counts as absent when it does not read back whole. */
class BuildCacheTest {
    @TempDir Path dir;

    private static SourceStamp stamp(String name) {
        return new SourceStamp(
                name, 1234, 1_700_000_000_123_456_789L, new byte[] {1, 2, 3, 4}, false);
    }

    private CacheState state() throws IOException {
        DisclosureSummary full =
                new DisclosureSummary(
                        "lx-zgh",
                        "泸县总工会",
                        2023,
                        Kind.PERFORMANCE_EVALUATION,
                        "泸县总工会2023年报告",
                        Optional.of("四川省泸州市泸县"),
                        Optional.of(LocalDate.of(2024, 3, 1)),
                        "万元",
                        Optional.of(new BigDecimal("455.67")),
                        Optional.of(new BigDecimal("575.650")),
                        Optional.of(new BigDecimal("123456789012345678901234567890.5")),
                        Optional.of(new BigDecimal("1E+3")),
                        Optional.of(new BigDecimal("-0.01")),
                        3);
        DisclosureSummary bare =
                new DisclosureSummary(
                        "dx-zgh",
                        "道县总工会",
                        2022,
                        Kind.BUDGET,
                        "道县",
                        Optional.empty(),
                        Optional.empty(),
                        "元",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0);
        Problem finding =
                new Problem(
                        Severity.WARNING,
                        "reconciliation",
                        "content/lx-zgh/2023.md",
                        Pos.of(14, 11),
                        "totals.actual",
                        Message.of("finding.sum", "a", "575.65"),
                        "575.65",
                        "575.66");
        String longHtml = "<p>" + "经费".repeat(40_000) + "</p>";
        Narrative body =
                new Narrative(
                        longHtml,
                        List.of(new Narrative.Heading(2, "一、基本情况", "h-1")),
                        List.of(new Narrative.TextLine(5, "正文")));
        SearchIndex index = new SearchIndex(2);
        index.add(
                new SearchDocument(
                        0,
                        "/lx-zgh/",
                        "泸县总工会",
                        "泸县总工会",
                        "",
                        "部门概况",
                        List.of("泸县总工会"),
                        List.of("办公室"),
                        List.of("维护职工合法权益。")),
                (path, text) -> {});
        index.add(
                new SearchDocument(
                        1,
                        "/lx-zgh/2023/",
                        "报告",
                        "泸县总工会",
                        "2023",
                        "部门决算",
                        List.of("2023"),
                        List.of("住房公积金"),
                        List.of("工会经费")),
                (path, text) -> {});
        StoredIndex search = index.write((path, text) -> {});
        Path site = Files.createDirectories(dir.resolve("links"));
        Files.writeString(
                site.resolve("index.html"),
                "<!doctype html><title>t</title><a href=\"/a.html#x\">a</a><a href=\"http://x.org/\">x</a>");
        Files.writeString(
                site.resolve("a.html"), "<!doctype html><title>a</title><h1 id=\"x\">a</h1>");
        SiteLinks links =
                LinkChecker.builder()
                        .baseUrl(URI.create("https://budget.example.gov.cn/"))
                        .build()
                        .checkRecording(site)
                        .links();
        return new CacheState(
                new Inputs("0123abcd"),
                new OutputStamp("(dev=1,ino=2) index.html 1:2"),
                List.of(
                        new DisclosureRecord(
                                stamp("content/lx-zgh/2023.md"),
                                full,
                                List.of(finding),
                                List.of("index.html", "data.json", "income.csv")),
                        new DisclosureRecord(
                                stamp("content/dx-zgh/2022.md"),
                                bare,
                                List.of(),
                                List.of("index.html", "data.json"))),
                List.of(
                        new ProfileRecord(
                                stamp("content/lx-zgh/_index.md"),
                                new DepartmentProfile(
                                        "lx-zgh",
                                        Optional.of("泸县总工会"),
                                        Optional.empty(),
                                        List.of("办公室"),
                                        List.of(),
                                        body),
                                List.of())),
                Optional.of(
                        new HomeRecord(
                                stamp("content/_index.md"),
                                new HomeIntro(Optional.of("公开"), Narrative.EMPTY),
                                List.of())),
                search,
                links);
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        BuildCache cache = BuildCache.beside(dir.resolve("site"));
        CacheState written = state();

        cache.write(written);
        CacheState read = cache.read().orElseThrow();

        assertThat(cache.folder()).isEqualTo(dir.resolve(".site.cache"));
        assertThat(read.inputs()).isEqualTo(written.inputs());
        assertThat(read.output()).isEqualTo(written.output());
        assertThat(read.disclosures()).isEqualTo(written.disclosures());
        assertThat(read.disclosures().get(0).summary().adjusted())
                .contains(new BigDecimal("575.650"));
        assertThat(read.profiles()).isEqualTo(written.profiles());
        assertThat(read.home()).isEqualTo(written.home());
        assertThat(shards(read.search())).isEqualTo(shards(written.search()));
        assertThat(read.links().pages()).containsExactly("a.html", "index.html");
        assertThat(read.links().findings()).isEqualTo(written.links().findings()).isNotEmpty();
    }

    @Test
    void damagedOrMissingCacheIsNoCache() throws IOException {
        BuildCache cache = BuildCache.beside(dir.resolve("site"));
        assertThat(cache.read()).isEmpty();
        cache.write(state());
        Path file = cache.folder().resolve("state.bin");
        byte[] bytes = Files.readAllBytes(file);

        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(cache.read()).as("one bit changed").isEmpty();

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThat(cache.read()).as("cut short").isEmpty();

        Files.writeString(file, "not a cache", StandardCharsets.UTF_8);
        assertThat(cache.read()).isEmpty();
    }

    @Test
    void invalidatingRemovesTheStateOnlyAndDeletingEverything() throws IOException {
        BuildCache cache = BuildCache.beside(dir.resolve("site"));
        cache.write(state());
        Files.writeString(cache.folder().resolve("jvm.jsa"), "archive");

        cache.invalidate();
        assertThat(cache.read()).isEmpty();
        assertThat(cache.folder().resolve("jvm.jsa")).exists();

        cache.delete();
        assertThat(cache.folder()).doesNotExist();
        cache.delete();
    }

    @Test
    void stampTellsATouchedFileFromAChangedOne() throws IOException {
        Path file = dir.resolve("2023.md");
        Files.writeString(file, "year: 2023\n");
        SourceStamp old = SourceStamp.of(file, "content/x/2023.md", SourceStamp.now());
        assertThat(old.racy()).as("written just now").isTrue();
        assertThat(old.sameTimes(file)).as("a racy stamp is never trusted by its times").isFalse();

        SourceStamp settled =
                new SourceStamp(old.name(), old.size(), old.mtime(), old.digest(), false);
        assertThat(settled.sameTimes(file)).isTrue();
        Files.setLastModifiedTime(
                file,
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 9000));
        assertThat(settled.sameTimes(file)).isFalse();
        assertThat(settled.sameBytes(SourceStamp.of(file, "content/x/2023.md", 0)))
                .as("touched only")
                .isTrue();
        Files.writeString(file, "year: 2024\n");
        assertThat(settled.sameBytes(SourceStamp.of(file, "content/x/2023.md", 0))).isFalse();
    }

    private static Map<String, String> shards(StoredIndex index) {
        Map<String, String> out = new TreeMap<>();
        index.writeShards(out::put);
        return out;
    }
}
