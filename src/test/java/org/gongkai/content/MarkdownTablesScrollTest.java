package org.gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Narrative tables are wrapped in a scroll container, as two replaces did it. */
class MarkdownTablesScrollTest {
    private static String replaced(String html) {
        return html.replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
                .replace("</table>", "</table></div>");
    }

    @Test
    void wrapsEveryTableAsTwoReplacesDid() {
        String[] pieces = {
            "<table>",
            "</table>",
            "table>",
            "<p>表</p>",
            "<",
            "/",
            "<tr><td>1</td></tr>",
            "x",
            "</tablex>",
            "<table ",
            "<<table>>"
        };
        Random r = new Random(4);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            assertThat(MarkdownParser.scrollTables(s.toString()))
                    .as(s.toString())
                    .isEqualTo(replaced(s.toString()));
        }
        String plain = "<p>没有表格</p>";
        assertThat(MarkdownParser.scrollTables(plain)).isSameAs(plain);
    }
}
