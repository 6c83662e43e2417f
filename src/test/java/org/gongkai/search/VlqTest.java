package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VlqTest {
    @Test
    void consecutiveDocumentsCostOneCharacterEach() {
        assertThat(Vlq.gaps(new int[] {0, 1, 2, 7})).isEqualTo("AAAE");
        assertThat(Vlq.gaps(new int[] {})).isEmpty();
    }

    @Test
    void largeGapsTakeFiveBitsPerCharacterLowestFirst() {
        assertThat(Vlq.gaps(new int[] {31})).isEqualTo("f");
        assertThat(Vlq.gaps(new int[] {32})).isEqualTo("gB");
        assertThat(Vlq.gaps(new int[] {0, 1_000_001})).isEqualTo("Agywe");
    }

    @Test
    void rejectsNumbersOutOfOrder() {
        assertThatThrownBy(() -> Vlq.gaps(new int[] {3, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not ascending at 3");
    }
}
