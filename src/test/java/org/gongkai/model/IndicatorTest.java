package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.problem.Pos;
import org.junit.jupiter.api.Test;

class IndicatorTest {
    static IndicatorValue v(String text) {
        Optional<BigDecimal> n =
                text.matches("[\\d.]+") ? Optional.of(new BigDecimal(text)) : Optional.empty();
        return new IndicatorValue(text, n, "i", Pos.NONE);
    }

    static Indicator indicator(Operator op, String target, String actual) {
        return new Indicator(
                "i",
                Pos.NONE,
                "",
                "",
                "x",
                op,
                Optional.of(v(target)),
                "",
                Optional.empty(),
                Optional.of(v(actual)),
                Optional.empty());
    }

    @Test
    void numbersAreJudgedByTheOperator() {
        assertThat(indicator(Operator.AT_LEAST, "160", "317.71").met()).contains(true);
        assertThat(indicator(Operator.AT_LEAST, "98", "97.9").met()).contains(false);
        assertThat(indicator(Operator.AT_MOST, "100", "98").met()).contains(true);
        assertThat(indicator(Operator.EQUAL, "100", "100.0").met()).contains(true);
        assertThat(indicator(Operator.MORE, "5", "5").met()).contains(false);
        assertThat(indicator(Operator.LESS, "5", "4").met()).contains(true);
    }

    @Test
    void gradesAreJudgedInTheirOrder() {
        assertThat(indicator(Operator.QUALITATIVE, "良", "优").met()).contains(true);
        assertThat(indicator(Operator.QUALITATIVE, "良", "良").met()).contains(true);
        assertThat(indicator(Operator.QUALITATIVE, "优", "良").met()).contains(false);
    }

    @Test
    void aScaleIsNotATargetAndIsNeverGuessed() {
        assertThat(indicator(Operator.QUALITATIVE, "优良中低差", "优").met()).isEmpty();
    }
}
