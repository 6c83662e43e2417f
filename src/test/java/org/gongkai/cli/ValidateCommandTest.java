package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai validate}: exit codes, the text report with its count, and the JSON shape. */
class ValidateCommandTest {
    private static final String SITE =
            "title: Test\n"
                    + "base_url: https://budget.example.gov.cn/\n"
                    + "language: en\n"
                    + "unit: 万元\n"
                    + "tolerance: 0.01\n";
    private static final String WITH_FINDING =
            """
            ---
            department: 泸县总工会
            year: 2023
            kind: final-accounts
            totals: {actual: 575.65}
            expenditure:
              by_function:
                - {code: "2012901", name: 行政运行, actual: 575.67}
            ---
            """;
    private static final String WITH_ERROR =
            """
            ---
            department: 泸县总工会
            year: 2023
            kind: final-accounts
            totals: {actual: 一百}
            ---
            """;

    @TempDir Path dir;

    @Test
    void printsProblemsThenTheirCountAndExitsZeroForWarnings() throws IOException {
        site(WITH_FINDING);

        Run r = run("validate", "--source", dir.toString());

        assertThat(r.exit).isZero();
        assertThat(r.out.lines())
                .containsExactly(
                        "warning: content/lx-zgh/2023.md:5:18: totals.actual: total expenditure is"
                                + " stated as 575.65 万元, but expenditure by function adds up to 575.67"
                                + " 万元 (difference -0.02 万元)",
                        "1 problem: no errors, 1 warning");
        assertThat(Files.exists(dir.resolve("site"))).isFalse();
    }

    @Test
    void exitsOneUnderStrictWhereFindingsAreErrors() throws IOException {
        site(WITH_FINDING);

        Run r = run("validate", "--source", dir.toString(), "--strict");

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.lines()).last().isEqualTo("1 problem: 1 error, no warnings");
    }

    @Test
    void exitsOneForAContentError() throws IOException {
        site(WITH_ERROR);

        Run r = run("validate", "--source", dir.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.lines())
                .containsExactly(
                        "error: content/lx-zgh/2023.md:5:18: totals.actual: expected a decimal"
                                + " number, found \"一百\": write the amount in digits, such as 100",
                        "1 problem: 1 error, no warnings");
    }

    @Test
    void reportsACleanSiteWithAZeroCount() throws IOException {
        site("---\ndepartment: 泸县总工会\nyear: 2023\nkind: budget\n---\n");

        Run r = run("validate", "--source", dir.toString());

        assertThat(r.exit).isZero();
        assertThat(r.out.lines()).containsExactly("no problems: no errors, no warnings");
    }

    @Test
    void writesJsonInTheAgreedShape() throws IOException {
        site(WITH_FINDING);
        Files.writeString(
                dir.resolve("content/lx-zgh/2022.md"), WITH_ERROR.replace("2023", "2022"));
        Files.createDirectories(dir.resolve("content/Bad_Slug"));

        Run r = run("validate", "--source", dir.toString(), "--format", "json");

        assertThat(r.exit).isEqualTo(1);
        JsonNode problems = new ObjectMapper().readTree(r.out).get("problems");
        assertThat(problems).hasSize(3);
        List<String> fields = new ArrayList<>();
        problems.get(1).fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly("severity", "kind", "file", "line", "column", "path", "message");
        assertThat(problems.get(0).toString())
                .isEqualTo(
                        "{\"severity\":\"error\",\"kind\":\"invalid-slug\",\"file\":\"content/Bad_Slug\",\"line\":0,\"column\":0,\"path\":\"\",\"message\":\"expected"
                                + " a folder name of lower-case ASCII letters, digits and -, found"
                                + " Bad_Slug: rename it, for example to bad-slug\"}");
        assertThat(problems.get(1).toString())
                .isEqualTo(
                        "{\"severity\":\"error\",\"kind\":\"wrong-type\",\"file\":\"content/lx-zgh/2022.md\",\"line\":5,\"column\":18,\"path\":\"totals.actual\",\"message\":\"expected"
                                + " a decimal number, found \\\"一百\\\": write the amount in digits,"
                                + " such as 100\"}");
        assertThat(problems.get(2).toString())
                .isEqualTo(
                        "{\"severity\":\"warning\",\"kind\":\"totals\",\"file\":\"content/lx-zgh/2023.md\",\"line\":5,\"column\":18,\"path\":\"totals.actual\",\"message\":\"total"
                                + " expenditure is stated as 575.65 万元, but expenditure by function"
                                + " adds up to 575.67 万元 (difference -0.02 万元)\","
                                + "\"stated\":\"575.65\",\"computed\":\"575.67\"}");
    }

    @Test
    void writesAnEmptyListForACleanSite() throws IOException {
        site("---\ndepartment: 泸县总工会\nyear: 2023\nkind: budget\n---\n");

        Run r = run("validate", "--source", dir.toString(), "--format", "json");

        assertThat(r.exit).isZero();
        assertThat(new ObjectMapper().readTree(r.out).toString()).isEqualTo("{\"problems\":[]}");
    }

    @Test
    void printsInChineseForAChineseSite() throws IOException {
        site(WITH_ERROR);
        Files.writeString(
                dir.resolve("site.yaml"), SITE.replace("language: en", "language: zh-CN"));

        Run r = run("validate", "--source", dir.toString());

        assertThat(r.out.lines())
                .containsExactly(
                        "错误: content/lx-zgh/2023.md:5:18: totals.actual: 应为数字，实际为"
                                + " \"一百\"：请用阿拉伯数字书写金额，如 100",
                        "共 1 个问题：1 个错误，0 个警告");
    }

    @Test
    void refusesAnUnknownFormatAsAUsageError() throws IOException {
        site(WITH_FINDING);

        Run r = run("validate", "--source", dir.toString(), "--format", "xml");

        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--format must be text or json, found xml");
    }

    private void site(String disclosure) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), SITE, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("content/lx-zgh"));
        Files.writeString(
                dir.resolve("content/lx-zgh/2023.md"), disclosure, StandardCharsets.UTF_8);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}
}
