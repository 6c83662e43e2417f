package org.gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first line nesting too deep is found wherever it is, with its depth. */
class MarkdownNestingTest {
    private static final String DEEP = ">".repeat(101);

    private static Optional<int[]> at(String text) {
        return MarkdownNesting.tooDeep(text);
    }

    @Test
    void findsTheLineAndDepthWhereverTheLineIs() {
        assertThat(at(DEEP)).hasValueSatisfying(v -> assertThat(v).containsExactly(0, 101));
        assertThat(at("段落\n\n" + DEEP + "\n"))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(2, 101));
        assertThat(at("a\n" + "[".repeat(120) + "\n" + DEEP))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(1, 120));
        assertThat(at("x\n" + "\t".repeat(51)))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(1, 102));
        assertThat(at("- ".repeat(100) + "x\n" + "*".repeat(100))).isEmpty();
        assertThat(at("")).isEmpty();
        assertThat(at("\n\n")).isEmpty();
    }
}
