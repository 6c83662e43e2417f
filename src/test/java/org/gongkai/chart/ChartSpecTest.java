package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chart data in, SVG out: the examples of {@code charts.spec.md}. After an intended change to the
 * drawing, run with {@code -Dchart.spec.update=true} to rewrite the expected SVG, then read the
 * diff before committing it.
 */
class ChartSpecTest {
    static final Path SPEC = Path.of("src/test/resources/org/gongkai/chart/charts.spec.md");

    static List<ChartSpec.Example> examples() throws IOException {
        if (Boolean.getBoolean("chart.spec.update")) {
            Files.writeString(SPEC, ChartSpec.updated(SPEC), StandardCharsets.UTF_8);
        }
        return ChartSpec.read(SPEC);
    }

    @Test
    void specHasExamplesOfEveryKind() throws IOException {
        assertThat(examples())
                .hasSizeGreaterThan(10)
                .extracting(ChartSpec.Example::kind)
                .contains("hbar", "breakdown", "grouped", "trend", "indicators");
    }

    @ParameterizedTest(name = "charts.spec.md / {0}")
    @MethodSource("examples")
    void drawsAsSpecified(ChartSpec.Example example) {
        assertThat(example.render())
                .as("charts.spec.md:%d, input:%n%s", example.line(), example.input())
                .isEqualTo(example.expected());
    }

    @ParameterizedTest(name = "charts.spec.md / {0}")
    @MethodSource("examples")
    void keepsLabelsApart(ChartSpec.Example example) {
        CleanLayout.assertClean(ChartSpec.render(example.kind(), example.input()));
    }
}
