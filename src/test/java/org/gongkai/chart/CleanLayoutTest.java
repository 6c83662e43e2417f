package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The layout checker itself: it must catch what it is there to catch. */
class CleanLayoutTest {
    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" font-size=\"20\">"
                + body
                + "</svg>";
    }

    private static java.util.List<String> problems(String body) {
        return CleanLayout.problems(SvgGeometry.of(svg(body)));
    }

    @Test
    void acceptsLabelsBesideBars() {
        assertThat(
                        problems(
                                "<rect class=\"bar\" x=\"10\" y=\"10\" width=\"50\" height=\"18\"/>"
                                        + "<text class=\"value\" x=\"66\" y=\"26\">12.5</text>"))
                .isEmpty();
    }

    @Test
    void findsValueDrawnOverItsBar() {
        assertThat(
                        problems(
                                "<rect class=\"bar\" x=\"10\" y=\"10\" width=\"80\" height=\"18\"/>"
                                        + "<text class=\"value\" x=\"50\" y=\"26\">12.5</text>"))
                .singleElement()
                .asString()
                .startsWith("overlap");
    }

    @Test
    void findsTwoLabelsOnTopOfEachOther() {
        assertThat(
                        problems(
                                "<text x=\"10\" y=\"40\">行政运行</text><text x=\"40\""
                                        + " y=\"50\">住房公积金</text>"))
                .singleElement()
                .asString()
                .contains("行政运行", "住房公积金");
    }

    @Test
    void findsLabelRunningOffTheCanvas() {
        assertThat(problems("<text x=\"150\" y=\"40\">机关事业单位基本养老保险</text>"))
                .singleElement()
                .asString()
                .startsWith("outside the canvas");
    }

    @Test
    void findsEndAnchoredLabelRunningOffTheLeftEdge() {
        assertThat(problems("<text x=\"30\" y=\"40\" text-anchor=\"end\">行政运行</text>"))
                .singleElement()
                .asString()
                .startsWith("outside the canvas");
    }

    @Test
    void findsLineThroughLabelButNotGridBehindIt() {
        assertThat(
                        problems(
                                "<text x=\"10\" y=\"40\">行政</text><line class=\"axis\" x1=\"20\""
                                        + " y1=\"5\" x2=\"20\" y2=\"90\"/>"))
                .hasSize(1);
        assertThat(
                        problems(
                                "<text x=\"10\" y=\"40\">行政</text><line class=\"grid\" x1=\"5\""
                                        + " y1=\"35\" x2=\"190\" y2=\"35\"/>"))
                .isEmpty();
    }

    @Test
    void allowsGradeLetterOnlyInsideItsCell() {
        assertThat(
                        problems(
                                "<rect class=\"grade\" x=\"10\" y=\"10\" width=\"30\""
                                        + " height=\"28\"/><text class=\"grade-text\" x=\"25\" y=\"32\""
                                        + " text-anchor=\"middle\">优</text>"))
                .isEmpty();
        assertThat(
                        problems(
                                "<rect class=\"grade\" x=\"10\" y=\"10\" width=\"30\""
                                        + " height=\"28\"/><text class=\"grade-text\" x=\"40\" y=\"32\""
                                        + " text-anchor=\"middle\">优</text>"))
                .hasSize(1);
    }

    @Test
    void findsOverlappingBarsButNotTouchingOnes() {
        assertThat(
                        problems(
                                "<rect x=\"10\" y=\"10\" width=\"50\" height=\"18\"/><rect x=\"10\""
                                        + " y=\"28\" width=\"50\" height=\"18\"/>"))
                .isEmpty();
        assertThat(
                        problems(
                                "<rect x=\"10\" y=\"10\" width=\"50\" height=\"18\"/><rect x=\"10\""
                                        + " y=\"27\" width=\"50\" height=\"18\"/>"))
                .hasSize(1);
    }
}
