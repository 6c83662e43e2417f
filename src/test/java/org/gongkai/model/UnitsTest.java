package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void convertsExactlyBetweenMoneyUnits() {
        assertThat(Units.convert(new BigDecimal("6"), "万元", "元")).contains(new BigDecimal("6E+4"));
        assertThat(Units.convert(new BigDecimal("153.78"), "万元", "亿元"))
                .contains(new BigDecimal("0.015378"));
        assertThat(Units.convert(new BigDecimal("6"), "元", "万元"))
                .contains(new BigDecimal("0.0006"));
    }

    @Test
    void unknownUnitsAreNeverConverted() {
        assertThat(Units.convert(BigDecimal.ONE, "人次", "万元")).isEmpty();
        assertThat(Units.convert(BigDecimal.ONE, "美元", "美元")).contains(BigDecimal.ONE);
    }
}
