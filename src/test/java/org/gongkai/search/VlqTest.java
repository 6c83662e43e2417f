package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The two forms of a term's documents; {@code assets/search.js} reads both. */
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
    void aTermInManyPagesIsWrittenAsABitSet() {
        assertThat(Vlq.bits(new int[] {0, 1, 2, 7}, 8)).isEqualTo("~HC");
        assertThat(Vlq.encode(new int[] {0, 1, 2, 7}, 8)).as("shorter than AAAE").isEqualTo("~HC");
        assertThat(Vlq.encode(new int[] {0, 1, 2, 7}, 100))
                .as("shorter than 17 digits")
                .isEqualTo("AAAE");
        int[] most = IntStream.range(0, 600).filter(i -> i % 7 != 0).toArray();
        assertThat(Vlq.encode(most, 600)).isEqualTo(Vlq.bits(most, 600)).hasSize(101);
        assertThat(Vlq.encode(new int[] {5, 599}, 600)).isEqualTo("FxS");
    }

    @Test
    void rejectsNumbersOutOfOrder() {
        assertThatThrownBy(() -> Vlq.gaps(new int[] {3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not ascending at 3");
    }
}
