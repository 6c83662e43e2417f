package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page's terms, each once, however often and in whatever order they come. */
class PageTermsTest {
    @Test
    void keepsEachCodeOnceThroughGrowthAndCopies() {
        PageTerms names = new PageTerms();
        Terms.collect("住房公积金 housing 住房", false, names);
        PageTerms page = names.copy();
        for (int round = 0; round < 3; round++) {
            for (int c = 0x4e00; c < 0x4e00 + 6000; c++) {
                page.han(Terms.code(c));
            }
        }
        long[] codes = page.codes();
        Arrays.sort(codes);
        // 6,000 characters, 积 and 金 outside them, and the four pairs of 住房公积金
        assertThat(codes.length).isEqualTo(6006);
        assertThat(LongStream.of(codes).distinct().count()).isEqualTo(6006);
        assertThat(codes).contains(Terms.code('住', '房'), Terms.code('积', '金'));
        assertThat(LongStream.of(names.codes()).sorted().toArray())
                .containsExactly(
                        LongStream.of(
                                        Terms.code('住'),
                                        Terms.code('房'),
                                        Terms.code('公'),
                                        Terms.code('积'),
                                        Terms.code('金'),
                                        Terms.code('住', '房'),
                                        Terms.code('房', '公'),
                                        Terms.code('公', '积'),
                                        Terms.code('积', '金'))
                                .sorted()
                                .toArray());
        assertThat(page.words()).containsExactly("housing");
    }
}
