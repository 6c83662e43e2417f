package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages written through {@link Utf8Writer} are the bytes {@code String.getBytes(UTF_8)} gives. */
class Utf8WriterTest {
    private static byte[] written(List<String> pieces, boolean asChars) {
        Utf8Writer w = new Utf8Writer(4);
        for (String p : pieces) {
            if (asChars) {
                w.write(p.toCharArray(), 0, p.length());
            } else {
                w.write(p);
            }
        }
        return w.toByteArray();
    }

    private static void assertSameAsGetBytes(List<String> pieces) {
        byte[] expected = String.join("", pieces).getBytes(StandardCharsets.UTF_8);
        assertThat(written(pieces, false)).as("%s", pieces).isEqualTo(expected);
        assertThat(written(pieces, true)).as("%s", pieces).isEqualTo(expected);
    }

    @Test
    void encodesAsciiTwoAndThreeByteCharacters() {
        assertSameAsGetBytes(List.of("<td class=\"num\">", "1.00", "</td>", "é", "合计（万元）", ""));
    }

    @Test
    void encodesSurrogatePairsAlsoWhenSplitBetweenWrites() {
        String emoji = "📊";
        assertSameAsGetBytes(List.of("a" + emoji + "b"));
        assertSameAsGetBytes(List.of("a" + emoji.charAt(0), emoji.charAt(1) + "b"));
        assertSameAsGetBytes(
                List.of(String.valueOf(emoji.charAt(0)), "", String.valueOf(emoji.charAt(1))));
    }

    @Test
    void writesUnpairedSurrogatesAsQuestionMarks() {
        char high = "📊".charAt(0);
        char low = "📊".charAt(1);
        assertSameAsGetBytes(List.of("x" + high, "y"));
        assertSameAsGetBytes(List.of("x" + high));
        assertSameAsGetBytes(List.of(low + "z"));
        assertSameAsGetBytes(List.of("" + high + high + low));
        assertSameAsGetBytes(List.of("" + high, "" + high, "" + low + low));
    }

    @Test
    void copiesMarkupInUtf8AndWritesOtherValuesAsPebbleDoes() {
        Utf8Writer w = new Utf8Writer(4);
        w.write("<p>");
        w.write((Object) new SafeUtf8("<b>合计</b>".getBytes(StandardCharsets.UTF_8)));
        w.write((Object) new java.math.BigDecimal("1E+3"));
        w.write((Object) 7);
        w.write((Object) new io.pebbletemplates.pebble.extension.escaper.SafeString("<i>"));
        assertThat(new String(w.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("<p><b>合计</b>10007<i>");
    }

    @Test
    void agreesWithGetBytesOnRandomText() {
        Random r = new Random(7);
        char[] alphabet = {
            'a',
            '<',
            'é',
            '合',
            '€',
            "📊".charAt(0),
            "📊".charAt(1),
            '\n',
            '\u07ff',
            '\u0800',
            '\uffff'
        };
        for (int k = 0; k < 2000; k++) {
            List<String> pieces = new java.util.ArrayList<>();
            for (int p = r.nextInt(5); p >= 0; p--) {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(600); i > 0; i--) {
                    sb.append(alphabet[r.nextInt(alphabet.length)]);
                }
                pieces.add(sb.toString());
            }
            assertSameAsGetBytes(pieces);
        }
    }
}
