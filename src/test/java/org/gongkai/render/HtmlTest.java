package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** Our escaping is Pebble's own {@code html} strategy, which it replaces in the engine. */
class HtmlTest {
    @Test
    void escapesEveryCharacterAsPebblesHtmlStrategy() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            all.append(c);
            String one = String.valueOf(c);
            assertThat(Html.escape(one))
                    .as("U+%04X", (int) c)
                    .isEqualTo(HtmlEscape.escapeHtml4Xml(one));
        }
        all.append("📊 A&B <示例> \"局\" 'x'");
        assertThat(Html.escape(all.toString()))
                .isEqualTo(HtmlEscape.escapeHtml4Xml(all.toString()));
    }

    @Test
    void returnsCleanTextItself() {
        String clean = "一般公共服务支出 201";
        assertThat(Html.escape(clean)).isSameAs(clean);
    }

    @Test
    void countsTextOfSpacesAsEmptyAsTemplatesDo() {
        assertThat(Html.isEmpty("")).isTrue();
        assertThat(Html.isEmpty(" \t")).isTrue();
        assertThat(Html.isEmpty(" d1 ")).isFalse();
    }
}
