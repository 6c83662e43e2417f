package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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
        ids.forEach(p::add);
        assertThat(p.sorted())
                .containsExactly(IntStream.range(0, 10_000).filter(i -> i % 3 != 1).toArray());
    }

    @Test
    void rejectsADocumentOutsideTheIndex() {
        assertThatThrownBy(() -> new Postings(5).add(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 5 not in [0, 5)");
    }

    @Test
    void mergesListsAndBitSets() {
        Postings a = new Postings(1000);
        Postings b = new Postings(1000);
        for (int i = 0; i < 1000; i += 2) {
            a.add(i);
        }
        b.add(3);
        b.add(4);
        assertThat(b.addAll(a).sorted()).hasSize(501).startsWith(0, 2, 3, 4, 6);
        Postings c = new Postings(1000);
        c.add(999);
        assertThat(c.addAll(new Postings(1000).addAll(b)).sorted()).hasSize(502).endsWith(998, 999);
    }
}
