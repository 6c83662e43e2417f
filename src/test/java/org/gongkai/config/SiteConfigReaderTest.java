package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gongkai.problem.ProblemList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigReaderTest {
    @TempDir Path dir;

    SiteConfig read(String yaml, ProblemList warnings) throws IOException, ConfigException {
        Files.writeString(dir.resolve("site.yaml"), yaml);
        return new SiteConfigReader().read(dir, warnings);
    }

    @Test
    void readsEveryKeyAndNormalisesTheBaseUrl() throws Exception {
        SiteConfig c =
                read(
                        """
                title: 县级部门预决算与绩效公开
                base_url: https://budget.example.gov.cn/budget
                language: en
                unit: 元
                tolerance: 0.5
                check: {ignore: ["^https://example\\\\.com/"]}
                """,
                        new ProblemList());
        assertThat(c.baseUrl().toString()).isEqualTo("https://budget.example.gov.cn/budget/");
        assertThat(c.basePath()).isEqualTo("/budget/");
        assertThat(c.absolute("/lx-zgh/2023/"))
                .isEqualTo("https://budget.example.gov.cn/budget/lx-zgh/2023/");
        assertThat(c.language()).isEqualTo(Language.EN);
        assertThat(c.unit()).isEqualTo("元");
        assertThat(c.tolerance()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(c.checkIgnore()).containsExactly("^https://example\\.com/");
    }

    @Test
    void defaultsFollowTheContentFormat() throws Exception {
        SiteConfig c = read("title: t\nbase_url: https://x.gov.cn/\n", new ProblemList());
        assertThat(c.language()).isEqualTo(Language.ZH_CN);
        assertThat(c.theme()).isEqualTo("default");
        assertThat(c.unit()).isEqualTo("万元");
        assertThat(c.tolerance()).isEqualByComparingTo("0.01");
    }

    @Test
    void missingKeysAndBadValuesAreLocatedProblems() {
        assertThatThrownBy(() -> read("base_url: ftp://x\nlanguage: fr\n", new ProblemList()))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(p -> p.format(Locale.ENGLISH))
                                        .containsExactly(
                                                "site.yaml:1:1: title: expected the required key title, found none",
                                                "site.yaml:1:11: base_url: expected an absolute http or https URL such as https://budget.example.gov.cn/, found ftp://x",
                                                "site.yaml:2:11: language: expected one of zh-CN, en, found fr"));
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> new SiteConfigReader().read(dir, new ProblemList()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no site.yaml in");
    }

    @Test
    void unknownKeysAreWarningsWithTheNearestKey() throws Exception {
        ProblemList warnings = new ProblemList();
        read("title: t\nbase_url: https://x.gov.cn/\ntolerence: 0.01\n", warnings);
        assertThat(warnings.sorted())
                .extracting(p -> p.format(Locale.ENGLISH))
                .containsExactly(
                        "site.yaml:3:1: tolerence: unknown key, ignored; did you mean tolerance?");
    }
}
