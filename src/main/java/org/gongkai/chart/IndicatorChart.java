package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Performance indicators, one row each in the order given, with the indicator's name above: numeric
 * results as a bar of the result as a percentage of its target, with a target tick at 100 % on
 * every bar (units differ between indicators, so only the ratio is comparable); grades on their
 * scale, the result filled and the target outlined heavily; anything else in words. Every row ends
 * with a tick, cross or dash and the word for met, not met or cannot be judged, so that colour is
 * never the only sign. Bars beyond {@value #MAX_PERCENT} % stop there with a chevron, and their
 * value says how far they go. Stateless and thread-safe.
 */
public final class IndicatorChart {
    static final double BAR_AREA = 240;
    static final int MAX_PERCENT = 200;
    static final double THICKNESS = 16;

    /**
     * The height of a row's bar, cells and words: a grade cell holds its letter with room to spare.
     */
    static final double BAND = Metrics.height(Metrics.FONT) + 4;

    static final double MIN_CELL = 26;
    static final double CELL_GAP = 2;
    static final double MARK = 12;
    static final double CHEVRON = 10;
    private static final double LABEL_INSET = 5;
    private static final double AFTER_LABEL = 3;
    private static final double ROW_GAP = 14;
    private static final double MIN_LABEL_EMS = 12;

    /** The chart's words, from the page's message bundle. */
    public record Words(
            String met,
            String notMet,
            String unknown,
            String target,
            String actualGrade,
            String targetGrade) {
        public Words {
            Objects.requireNonNull(met, "met");
            Objects.requireNonNull(notMet, "notMet");
            Objects.requireNonNull(unknown, "unknown");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actualGrade, "actualGrade");
            Objects.requireNonNull(targetGrade, "targetGrade");
        }

        String outcome(Outcome o) {
            return switch (o) {
                case MET -> met;
                case NOT_MET -> notMet;
                case UNKNOWN -> unknown;
            };
        }
    }

    private IndicatorChart() {}

    public static String svg(ChartText text, List<IndicatorRow> rows, Words words) {
        IndicatorLayout layout = new IndicatorLayout(rows, words);
        double width =
                Math.max(
                        Metrics.MIN_WIDTH - Metrics.PAD,
                        Metrics.PAD + LABEL_INSET + MIN_LABEL_EMS * Metrics.FONT * Metrics.SAFETY);
        for (IndicatorRow r : rows) {
            width = Math.max(width, layout.axis + layout.parts(r).end());
        }
        width = Math.ceil(width + Metrics.PAD);
        Svg svg = new Svg(text, "indicators");
        double y = Legend.draw(svg, legend(rows, words), Metrics.PAD, width);
        double axisTop = y;
        for (IndicatorRow r : rows) {
            svg.openGroup("row " + r.outcome().cssClass(), r.tooltip());
            double room = width - Metrics.PAD - layout.axis - LABEL_INSET;
            List<String> lines =
                    TextWidth.wrap(r.label(), room / (Metrics.FONT * Metrics.SAFETY), 2);
            for (int l = 0; l < lines.size(); l++) {
                double baseline =
                        y + Metrics.ASCENT * Metrics.FONT + l * Metrics.line(Metrics.FONT);
                svg.text("label", layout.axis + LABEL_INSET, baseline, "start", lines.get(l));
            }
            y +=
                    (lines.size() - 1) * Metrics.line(Metrics.FONT)
                            + Metrics.height(Metrics.FONT)
                            + AFTER_LABEL;
            layout.draw(svg, r, y + BAND / 2);
            svg.closeGroup();
            y += BAND + ROW_GAP;
        }
        double bottom = rows.isEmpty() ? y : y - ROW_GAP;
        if (!rows.isEmpty()) {
            svg.line("axis", layout.axis, axisTop, layout.axis, bottom);
        }
        return svg.close(width, bottom + Metrics.PAD);
    }

    private static List<Legend.Entry> legend(List<IndicatorRow> rows, Words words) {
        List<Legend.Entry> out = new ArrayList<>();
        if (rows.stream().anyMatch(r -> r instanceof IndicatorRow.Ratio)) {
            out.add(new Legend.Entry("target", words.target(), true));
        }
        if (rows.stream().anyMatch(r -> r instanceof IndicatorRow.Graded)) {
            out.add(Legend.Entry.box("grade actual", words.actualGrade()));
        }
        if (rows.stream()
                .anyMatch(r -> r instanceof IndicatorRow.Graded g && g.target().isPresent())) {
            out.add(Legend.Entry.box("grade target", words.targetGrade()));
        }
        return out;
    }

    /** Where the parts of a row's band start, measured from the axis. */
    record Parts(double valueX, double markX, double wordX, double end) {}

    /** Mark and word, drawn after whatever a row shows. */
    static void drawOutcome(Svg svg, Outcome o, String word, double axis, Parts p, double middle) {
        double x = axis + p.markX();
        double top = middle - MARK / 2;
        String d =
                switch (o) {
                    case MET ->
                            "M"
                                    + pt(x, top + 6.5)
                                    + " L"
                                    + pt(x + 4.5, top + 11)
                                    + " L"
                                    + pt(x + MARK, top + 1.5);
                    case NOT_MET ->
                            "M"
                                    + pt(x + 1, top + 1)
                                    + " L"
                                    + pt(x + 11, top + 11)
                                    + " M"
                                    + pt(x + 11, top + 1)
                                    + " L"
                                    + pt(x + 1, top + 11);
                    case UNKNOWN -> "M" + pt(x + 1, top + 6) + " L" + pt(x + 11, top + 6);
                };
        svg.path("mark " + o.cssClass(), d);
        svg.text(
                "outcome " + o.cssClass(),
                axis + p.wordX(),
                Metrics.baselineAt(middle, Metrics.FONT),
                "start",
                word);
    }

    static String pt(double x, double y) {
        return Svg.num(x) + "," + Svg.num(y);
    }

    static BigDecimal percentCap(List<IndicatorRow> rows) {
        BigDecimal cap = BigDecimal.valueOf(100);
        for (IndicatorRow r : rows) {
            if (r instanceof IndicatorRow.Ratio ratio) {
                cap = cap.max(ratio.percent().min(BigDecimal.valueOf(MAX_PERCENT)));
            }
        }
        return cap;
    }
}
