package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

class PostingsTest {
    @Test
    void givesDocumentsInOrderEachOnceWhateverTheOrderTheyCameIn() {
        Postings p = new Postings(1000);
        for (int id : new int[] {7, 3, 999, 3, 0}) {
            p.add(id);
        }
        assertThat(p.sorted()).containsExactly(0, 3, 7, 999);
    }

    @Test
    void aCommonTermBecomesABitSetAndLosesNothing() {
        Postings p = new Postings(10_000);
        List<Integer> ids =
                new ArrayList<>(
                        IntStream.range(0, 10_000).filter(i -> i % 3 != 1).boxed().toList());
        Collections.shuffle(ids, new Random(42));
        ids.parallelStream().forEach(p::add);
        assertThat(p.sorted())
                .containsExactly(IntStream.range(0, 10_000).filter(i -> i % 3 != 1).toArray());
    }

    @Test
    void rejectsADocumentOutsideTheIndex() {
        assertThatThrownBy(() -> new Postings(5).add(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 5 not in [0, 5)");
    }
}
