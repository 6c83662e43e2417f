package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void measuresChineseAsOneEmAndDigitsNarrower() {
        assertThat(TextWidth.ems("行政运行")).isEqualTo(4.0);
        assertThat(TextWidth.ems("2012901"))
                .isEqualTo(4.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TextWidth.ems("（室）…")).isEqualTo(4.0);
    }

    @Test
    void fitCutsWithEllipsisOnlyWhenTooLong() {
        assertThat(TextWidth.fit("行政运行", 4)).isEqualTo("行政运行");
        assertThat(TextWidth.fit("行政运行支出", 4)).isEqualTo("行政运…");
        assertThat(TextWidth.ems(TextWidth.fit(NastyData.LONG_NAME, 7.5))).isLessThanOrEqualTo(7.5);
    }

    @Test
    void keepsShortLabelOnOneLine() {
        assertThat(TextWidth.wrap("2012901 行政运行", 20, 2)).containsExactly("2012901 行政运行");
    }

    @Test
    void balancesTwoLinesInsteadOfLeavingOneCharacter() {
        // Greedy filling would leave 出 alone on the second line.
        assertThat(TextWidth.wrap("2080505 机关事业单位基本养老保险缴费支出", 20, 2))
                .containsExactly("2080505 机关事业单位", "基本养老保险缴费支出");
    }

    @Test
    void neverBreaksInsideCodeOrBeforeClosingPunctuation() {
        assertThat(TextWidth.wrap("2010399 其他政府办公厅（室）及相关机构事务支出", 14, 3))
                .allSatisfy(line -> assertThat(line).doesNotStartWith("）").doesNotStartWith("，"))
                .first()
                .asString()
                .startsWith("2010399 ");
        assertThat(TextWidth.wrap("甲，乙", 2.5, 2)).containsExactly("甲，", "乙");
    }

    @Test
    void endsLastAllowedLineWithEllipsisAndStaysWithinMeasure() {
        var lines = TextWidth.wrap(NastyData.LONG_NAME + NastyData.LONG_NAME, 12, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(lines).allSatisfy(l -> assertThat(TextWidth.ems(l)).isLessThanOrEqualTo(12));
    }

    @Test
    void cutsUnbreakableRunThatIsWiderThanALine() {
        var lines = TextWidth.wrap(NastyData.LONG_LATIN, 10, 3);
        assertThat(lines)
                .hasSize(3)
                .allSatisfy(l -> assertThat(TextWidth.ems(l)).isLessThanOrEqualTo(10));
        assertThat(String.join("", lines.subList(0, 2)))
                .isEqualTo(
                        NastyData.LONG_LATIN.substring(
                                0, String.join("", lines.subList(0, 2)).length()));
    }

    @Test
    void emptyLabelHasNoLines() {
        assertThat(TextWidth.wrap("  ", 10, 2)).isEmpty();
    }

    @Test
    void rejectsZeroLines() {
        assertThatThrownBy(() -> TextWidth.wrap("甲", 10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLines must be >= 1");
    }
}
