package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedTest {
    @Test
    void percentIsExactToTwentyDigitsAndEmptyForAZeroWhole() {
        Optional<BigDecimal> deviation =
                Derived.percent(
                        Optional.of(new BigDecimal("119.98")),
                        Optional.of(new BigDecimal("455.67")));
        assertThat(deviation.get().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("26.33");
        assertThat(Derived.percent(Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ZERO)))
                .isEmpty();
    }
}
