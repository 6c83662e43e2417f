package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map of term codes keeps every code apart as it grows. */
class CodeMapTest {
    @Test
    void keepsOnePostingsPerCodeThroughGrowth() {
        CodeMap map = new CodeMap();
        for (int round = 0; round < 2; round++) {
            for (int c = 0x4e00; c < 0x4e00 + 5000; c++) {
                map.computeIfAbsent(Terms.code(c, c + 1), x -> new Postings(10)).add(round);
                map.computeIfAbsent(Terms.code(c), x -> new Postings(10)).add(round);
            }
        }
        Map<Long, int[]> seen = new HashMap<>();
        map.forEach((code, postings) -> seen.put(code, postings.sorted()));
        assertThat(map.size()).isEqualTo(10_000);
        assertThat(seen)
                .hasSize(10_000)
                .allSatisfy((code, ids) -> assertThat(ids).containsExactly(0, 1));
    }
}
