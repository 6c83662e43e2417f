package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NarrativeNamesTest {
    @Test
    void indexesNamesByFirstCharacterAsLowerCaseStringsDo() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(NarrativeNames.key(c))
                    .as("U+%04X", i)
                    .isEqualTo(String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0));
        }
    }
}
