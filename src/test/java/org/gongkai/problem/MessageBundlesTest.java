package org.gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The English and Chinese bundles say the same things, and every text is a valid pattern. */
class MessageBundlesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("problems_zh.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("problems.properties").stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArguments() throws IOException {
        Properties en = load("problems.properties");
        Properties zh = load("problems_zh.properties");
        for (String key : en.stringPropertyNames()) {
            int enArgs =
                    new MessageFormat(en.getProperty(key), Locale.ENGLISH)
                            .getFormatsByArgumentIndex()
                            .length;
            int zhArgs =
                    new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE)
                            .getFormatsByArgumentIndex()
                            .length;
            assertThat(zhArgs).as(key).isEqualTo(enArgs);
        }
    }

    @Test
    void namesWholeTablesInPlainWords() {
        Message m =
                Message.of(
                        "finding.totals",
                        "expenditure.by_function",
                        "575.65",
                        "575.67",
                        "-0.02",
                        "万元");

        assertThat(m.format(Locale.ENGLISH))
                .isEqualTo(
                        "total expenditure is stated as 575.65 万元, but expenditure by function adds"
                                + " up to 575.67 万元 (difference -0.02 万元)");
        assertThat(m.format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("支出合计公布为 575.65万元，但按功能分类的支出合计为 575.67万元（差额 -0.02万元）");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/org/gongkai/problem/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
