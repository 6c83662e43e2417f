package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextWidth#wrap} fills lines with {@link LineBreaks} over code points; it must break every
 * label exactly where filling with strings did, since the charts of published pages must not move.
 * {@link StringFilling} is that string-based filling as it was, kept as the definition.
 */
class LineBreaksTest {
    private static final String[] PIECES = {
        "行", "政", "运", "行", "（", "室", "）", "，", "。", "、", "：", " ", "  ", "\t", "\u3000", "2012901",
        "ABC", "Mw", "%", ".", ",", "x", "…", "—", "📊", "\uD800", "\uDC00", "é", "'", "|", ")",
        "”", "\n"
    };

    @Test
    void breaksEveryLabelWhereStringFillingDid() {
        Random r = new Random(2024);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder label = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                label.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = label.toString();
            // Whole and quarter measures meet sums of widths exactly, where < and <= differ.
            double maxEms =
                    switch (r.nextInt(4)) {
                        case 0 -> r.nextDouble() * 3 - 0.5;
                        case 1 -> 1 + r.nextDouble() * 30;
                        case 2 -> r.nextInt(121) / 4.0;
                        default -> TextWidth.ems(s.substring(0, r.nextInt(s.length() + 1)));
                    };
            int maxLines = 1 + r.nextInt(3);
            assertThat(TextWidth.wrap(s, maxEms, maxLines))
                    .as("%s at %s in %d lines", s, maxEms, maxLines)
                    .isEqualTo(StringFilling.wrap(s, maxEms, maxLines));
        }
    }

    @Test
    void breaksRealNamesWhereStringFillingDid() {
        for (String name :
                List.of(
                        NastyData.LONG_NAME,
                        NastyData.LONG_LATIN,
                        "2080505 机关事业单位基本养老保险缴费支出",
                        "2010399 其他政府办公厅（室）及相关机构事务支出",
                        "公务用车购置及运行费",
                        "其他工资福利支出")) {
            for (double maxEms = -1; maxEms < 40; maxEms += 0.125) {
                for (int lines = 1; lines <= 3; lines++) {
                    assertThat(TextWidth.wrap(name, maxEms, lines))
                            .as("%s at %s", name, maxEms)
                            .isEqualTo(StringFilling.wrap(name, maxEms, lines));
                }
            }
        }
    }

    /** Line filling with strings: a concatenation, a strip and a measurement per token. */
    private static final class StringFilling {
        private static final String NO_LINE_START = "，。、：；！？）」』】》〉’”,.:;!?)%";

        static List<String> wrap(String s, double maxEms, int maxLines) {
            if (maxLines < 1) {
                throw new IllegalArgumentException("maxLines must be >= 1");
            }
            List<String> tokens = tokens(s.strip());
            List<String> lines = greedy(tokens, maxEms);
            if (lines.size() > maxLines) {
                List<String> out = new ArrayList<>(lines.subList(0, maxLines));
                String last = out.get(maxLines - 1);
                while (!last.isEmpty() && TextWidth.ems(last.stripTrailing() + "…") > maxEms) {
                    last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
                }
                out.set(maxLines - 1, last.stripTrailing() + "…");
                return List.copyOf(out);
            }
            // Narrow the measure step by step while the text still takes as many lines.
            double step = 0.25;
            for (double narrower = maxEms - step;
                    lines.size() > 1 && narrower > 0;
                    narrower -= step) {
                List<String> tighter = greedy(tokens, narrower);
                if (tighter.size() != lines.size()) {
                    break;
                }
                lines = tighter;
            }
            return List.copyOf(lines);
        }

        /** Lines of at most {@code maxEms}, filled one token after another, as many as it takes. */
        private static List<String> greedy(List<String> tokens, double maxEms) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String token : tokens) {
                String rest = token;
                while (!rest.isEmpty()) {
                    String candidate = line + rest;
                    if (TextWidth.ems(candidate.strip()) <= maxEms) {
                        line = candidate;
                        rest = "";
                    } else if (line.isBlank()) {
                        // A single token wider than a whole line: cut it where the line is full.
                        int cut = prefixFitting(rest, maxEms);
                        lines.add(rest.substring(0, cut).strip());
                        rest = rest.substring(cut);
                    } else {
                        lines.add(line.strip());
                        line = "";
                        rest = rest.stripLeading();
                    }
                }
            }
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            return lines;
        }

        /**
         * The length in chars of the longest prefix of {@code s} within {@code maxEms}; at least
         * one character.
         */
        private static int prefixFitting(String s, double maxEms) {
            double w = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                if (w + TextWidth.ems(cp) > maxEms && i > 0) {
                    break;
                }
                w += TextWidth.ems(cp);
                i += Character.charCount(cp);
            }
            return i;
        }

        /** Unbreakable pieces: a Latin word with its trailing space, or one other character. */
        private static List<String> tokens(String s) {
            List<String> out = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                boolean latin = cp < 0x2000 && cp != ' ';
                if (latin) {
                    word.appendCodePoint(cp);
                    continue;
                }
                if (word.length() > 0 && cp == ' ') {
                    out.add(word.append(' ').toString());
                    word.setLength(0);
                    continue;
                }
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                String c = new String(Character.toChars(cp));
                if (NO_LINE_START.contains(c) && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + c);
                } else if (cp != ' ') {
                    out.add(c);
                } else if (!out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + c);
                }
            }
            if (word.length() > 0) {
                out.add(word.toString());
            }
            return out;
        }
    }
}
