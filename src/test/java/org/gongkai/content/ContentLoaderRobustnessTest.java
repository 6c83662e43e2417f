package org.gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.check.Reconciler;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content problem never escapes as an exception: a real disclosure cut short at every point, or
 * with a stray character put in at every point, gives problems or a disclosure, and a disclosure it
 * gives can be reconciled.
 */
class ContentLoaderRobustnessTest {
    private static final String DISCLOSURE =
"""
---
department: 泸县总工会
year: 2023
kind: performance-evaluation
published: 2024-04-30
staff:
  - {category: 行政编制, authorized: 6, actual: 7}
totals: {budget: 455.67, adjusted: 575.65, actual: 575.65}
income:
  - {name: 财政拨款收入, actual: 575.65}
expenditure:
  by_function:
    - {code: "2012901", name: 行政运行, actual: 186.84, basic: 186.84, project: 0}
  by_economic:
    - name: 工资福利支出
      actual: 88.57
      items:
        - {name: 基本工资, actual: 31.81}
three_public:
  reception: {actual: 2.50, batches: 38, people: 290}
indicators:
  - {name: 向上争取资金, operator: ">=", target: 160, unit: 万元, weight: 20, actual: 317.71, score: 20}
score: 93.4
tables:
  - title: 项目支出明细
    columns: [项目, 金额]
    rows:
      - [户外劳动者站点空调, 0.52]
---
住房公积金6元，基本支出186.84万元。
""";
    private static final List<String> STRAYS = List.of("\t", "\"", ":", "{", "- ", "*a", "\n ");

    @TempDir Path dir;

    private final ContentLoader loader =
            new ContentLoader(
                    new SiteConfig(
                            "T",
                            URI.create("https://x.example/"),
                            Language.EN,
                            "default",
                            "万元",
                            new BigDecimal("0.01"),
                            List.of()));
    private final Reconciler reconciler = new Reconciler(new BigDecimal("0.01"));

    @Test
    void readsTheDisclosureItselfWithoutProblems() throws IOException {
        Loaded<Disclosure> d = load(DISCLOSURE);

        assertThat(d.problems()).isEmpty();
        assertThat(d.value()).isPresent();
    }

    @Test
    void neverThrowsOnATruncatedFile() throws IOException {
        for (int end = 0; end < DISCLOSURE.length(); end += 3) {
            String text = DISCLOSURE.substring(0, end);
            assertThatCode(() -> loadAndCheck(text))
                    .as("cut at %d", end)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void neverThrowsOnAStrayCharacter() throws IOException {
        for (int at = 0; at < DISCLOSURE.length(); at += 11) {
            for (String stray : STRAYS) {
                String text = DISCLOSURE.substring(0, at) + stray + DISCLOSURE.substring(at);
                assertThatCode(() -> loadAndCheck(text))
                        .as("%s at %d", stray, at)
                        .doesNotThrowAnyException();
            }
        }
    }

    private void loadAndCheck(String text) throws IOException {
        Loaded<Disclosure> d = load(text);
        assertThat(d.value().isPresent() || d.hasErrors()).isTrue();
        d.value().ifPresent(v -> reconciler.check(Derived.of(v)));
    }

    private Loaded<Disclosure> load(String text) throws IOException {
        Path file = dir.resolve("2023.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return loader.disclosure(new SourceFile(file, "content/ab/2023.md", "ab", 2023));
    }
}
