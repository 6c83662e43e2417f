package org.gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables written in a narrative are as accessible as the generated ones: scoped heads, own scroll
 * box.
 */
class MarkdownTablesTest {
    @Test
    void headsOfATableHaveColumnScopeAndTheTableScrollsInItsOwnBox() {
        String html =
                new MarkdownParser("/")
                        .parse(
                                """
                                | 科目 | 金额 |
                                | --- | ---: |
                                | 住房公积金 | 34.64 |
                                """,
                                1)
                        .html();
        assertThat(html)
                .contains("<div class=\"table-scroll\" tabindex=\"0\"><table>")
                .contains("<th scope=\"col\">科目</th>")
                .contains("<th align=\"right\" scope=\"col\">金额</th>")
                .contains("<td>住房公积金</td>");
    }
}
