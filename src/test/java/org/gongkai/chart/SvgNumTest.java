package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Coordinates print as the exact decimal rounding prints them, whichever way is taken. */
class SvgNumTest {
    @Test
    void quickWayPrintsWhatTheExactWayPrints() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            double v =
                    switch (i % 8) {
                        case 0 -> random.nextDouble(-1000, 1000);
                        case 1 -> random.nextInt(-100_000, 100_000) / 100.0;
                        case 2 -> random.nextInt(-100_000, 100_000) / 1000.0;
                        case 3 -> random.nextDouble(-1e7, 1e7);
                        case 4 -> 240.0 * random.nextInt(0, 100_000) / random.nextInt(1, 100_000);
                        case 5 ->
                                random.nextInt(-1_000_000, 1_000_000) / 1000.0
                                        + 1e-7 * random.nextInt(-20, 20);
                        case 6 -> (random.nextInt(0, 100_000) + 0.5) / 100.0;
                        default -> random.nextInt(0, 4000) * 0.1 * 3.7;
                    };
            if (!Svg.num(v).equals(Svg.exactNum(v))) {
                differ.add(v + ": " + Svg.num(v) + " vs " + Svg.exactNum(v));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void printsNoTrailingZerosAndNoNegativeZero() {
        assertThat(Svg.num(12.5)).isEqualTo("12.5");
        assertThat(Svg.num(400)).isEqualTo("400");
        assertThat(Svg.num(-0.001)).isEqualTo("0");
        assertThat(Svg.num(-3.05)).isEqualTo("-3.05");
        assertThat(Svg.num(1.005)).isEqualTo("1.01");
        assertThat(Svg.num(1e15)).isEqualTo("1000000000000000");
    }
}
