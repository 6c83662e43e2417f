package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How text becomes index terms; {@code assets/search.js} splits queries by the same rules. */
class TermsTest {
    static List<String> terms(String text, boolean numbers) {
        List<String> out = new ArrayList<>();
        Terms.collect(text, numbers, out::add);
        return out;
    }

    @Test
    void chineseGivesEveryCharacterAndEveryPairOfNeighbours() {
        assertThat(terms("住房公积金", false))
                .containsExactly("住", "房", "住房", "公", "房公", "积", "公积", "金", "积金");
        assertThat(terms("三公，工会", false)).containsExactly("三", "公", "三公", "工", "会", "工会");
        assertThat(terms("费", false)).containsExactly("费");
    }

    @Test
    void wordsOfDigitsAloneAreKeptOnlyWhereAsked() {
        assertThat(terms("2023年支出575.65万元", false))
                .containsExactly("年", "支", "年支", "出", "支出", "万", "元", "万元");
        assertThat(terms("2023年 2210201", true)).containsExactly("2023", "年", "2210201");
    }

    @Test
    void otherLettersGiveLowerCaseWordsOfTwoOrMore() {
        assertThat(terms("Housing Provident-Fund, a B2 x", false))
                .containsExactly("housing", "provident", "fund", "b2");
    }

    @Test
    void fullWidthLettersAndDigitsAreReadAsAscii() {
        assertThat(terms("ＧＤＰ增长１２３", true)).containsExactly("gdp", "增", "长", "增长", "123");
    }

    @Test
    void longWordsAreCut() {
        assertThat(terms("a".repeat(40), false)).containsExactly("a".repeat(Terms.MAX_WORD));
    }

    @Test
    void wordsThatStartAlikeShareAShardAndChineseTermsSpreadOut() {
        assertThat(Terms.key("住房")).isEqualTo("住房");
        assertThat(Terms.key("住")).isEqualTo("住");
        assertThat(Terms.key("housing")).isEqualTo("ho");
        assertThat(Terms.key("h2")).isEqualTo("h2");
        assertThat(Terms.shard("housing", 256)).isEqualTo(Terms.shard("home", 256));
    }

    @Test
    void shardsAreTheOnesTheScriptComputes() {
        // Computed by shard() of themes/default/static/assets/search.js under Node.
        assertThat(Terms.shard("住房", 256)).isEqualTo(147);
        assertThat(Terms.shard("住", 256)).isEqualTo(62);
        assertThat(Terms.shard("housing", 256)).isEqualTo(40);
        assertThat(Terms.shard("2023", 1)).isZero();
    }

    @Test
    void quickNormalFormAgreesWithTheNormalizerOnEveryCharacterItHandles() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            String quick = Terms.quickNormalize(one);
            if (quick != null) {
                assertThat(quick)
                        .as("U+%04X", (int) c)
                        .isEqualTo(
                                Normalizer.normalize(one, Normalizer.Form.NFKC)
                                        .toLowerCase(Locale.ROOT));
                all.append(c);
            }
        }
        assertThat(all.length()).isGreaterThan(20_000);
        String text = all.toString();
        assertThat(Terms.quickNormalize(text))
                .isEqualTo(
                        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        assertThat(Terms.quickNormalize("住房\u0301"))
                .as("a combining mark: the normalizer decides")
                .isNull();
    }

    @Test
    void quickHanTestAgreesWithTheUnicodeScript() {
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Terms.isHan(cp)
                    != (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                differ.add(String.format("U+%04X", cp));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void hanTermCodesGiveBackTheirTerms() {
        assertThat(Terms.term(Terms.code('住'))).isEqualTo("住");
        assertThat(Terms.term(Terms.code('住', '房'))).isEqualTo("住房");
        assertThat(Terms.term(Terms.code(0x20000, 0x2a6d6))).isEqualTo("\ud840\udc00\ud869\uded6");
        assertThat(Terms.code('住', '房'))
                .isNotEqualTo(Terms.code('房', '住'))
                .isGreaterThan(Terms.code(0x10ffff));
    }
}
