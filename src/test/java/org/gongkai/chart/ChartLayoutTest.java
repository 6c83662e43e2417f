package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart, on every hostile input, keeps its labels apart and inside the canvas (see {@link
 * CleanLayout}).
 */
@Timeout(10)
class ChartLayoutTest {
    private static final IndicatorChart.Words WORDS =
            new IndicatorChart.Words("达成", "未达成", "无法判定", "目标值（100%）", "实际等级", "目标等级");

    static Stream<Arguments> charts() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, List<Bar>> e : NastyData.barSets().entrySet()) {
            out.add(
                    Arguments.of(
                            "horizontal bars / " + e.getKey(),
                            HorizontalBarChart.svg(NastyData.TEXT, e.getValue())));
            List<BarGroup> groups =
                    List.of(
                            new BarGroup(
                                    NastyData.bar("", NastyData.LONG_NAME, "1000"), e.getValue()),
                            new BarGroup(NastyData.bar("", "商品和服务支出", "0"), List.of()));
            out.add(
                    Arguments.of(
                            "breakdown / " + e.getKey(),
                            BreakdownChart.svg(NastyData.TEXT, groups)));
        }
        for (Map.Entry<String, List<Cluster>> e : NastyData.clusterSets().entrySet()) {
            out.add(
                    Arguments.of(
                            "grouped bars / " + e.getKey(),
                            GroupedBarChart.svg(NastyData.TEXT, NastyData.SERIES, e.getValue())));
        }
        for (Map.Entry<String, List<Cluster>> e : NastyData.periodSets().entrySet()) {
            out.add(
                    Arguments.of(
                            "trend / " + e.getKey(),
                            TrendChart.svg(NastyData.TEXT, NastyData.SERIES, e.getValue())));
        }
        for (Map.Entry<String, List<IndicatorRow>> e : NastyData.indicatorSets().entrySet()) {
            out.add(
                    Arguments.of(
                            "indicators / " + e.getKey(),
                            IndicatorChart.svg(NastyData.TEXT, e.getValue(), WORDS)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void keepsLabelsApartAndOnTheCanvas(String name, String svg) {
        CleanLayout.assertClean(svg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void hasTitleAndDescriptionAndNoInlineColour(String name, String svg) {
        assertThat(svg)
                .startsWith("<svg ")
                .contains("<title id=\"c-t\">标题</title>", "<desc id=\"c-d\">说明</desc>")
                .doesNotContain("fill=", "stroke=", "style=", "#");
    }
}
