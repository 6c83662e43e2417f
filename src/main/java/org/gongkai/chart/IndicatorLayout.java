package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The horizontal layout of the indicator chart's bands: one scale for every ratio bar, one cell
 * width for every grade scale, and for each row where its value, mark and word start, so that the
 * canvas width and the drawing come from the same numbers. Immutable.
 */
final class IndicatorLayout {
    private static final double MARK_TO_WORD = 4;
    private static final double STATED_INSET = 5;

    final double axis = Metrics.PAD;
    private final BigDecimal cap;
    private final double cell;
    private final IndicatorChart.Words words;

    IndicatorLayout(List<IndicatorRow> rows, IndicatorChart.Words words) {
        this.cap = IndicatorChart.percentCap(rows);
        this.words = words;
        double c = IndicatorChart.MIN_CELL;
        for (IndicatorRow r : rows) {
            if (r instanceof IndicatorRow.Graded g) {
                for (String grade : g.scale()) {
                    c = Math.max(c, Math.ceil(Metrics.width(grade) + 8));
                }
            }
        }
        this.cell = c;
    }

    /** Where the 100 % tick stands, from the axis. */
    double tick() {
        return IndicatorChart.BAR_AREA * 100 / cap.doubleValue();
    }

    double extent(BigDecimal percent) {
        if (percent.signum() <= 0) {
            return 0;
        }
        return IndicatorChart.BAR_AREA * percent.min(cap).doubleValue() / cap.doubleValue();
    }

    boolean beyondCap(BigDecimal percent) {
        return percent.compareTo(cap) > 0;
    }

    IndicatorChart.Parts parts(IndicatorRow r) {
        double valueX;
        double valueEnd;
        if (r instanceof IndicatorRow.Ratio ratio) {
            double after = extent(ratio.percent());
            if (beyondCap(ratio.percent())) {
                after += Metrics.GAP / 2 + IndicatorChart.CHEVRON;
            }
            // The value starts past both the bar and the target tick, so neither runs through it.
            valueX = Math.max(after, tick() + 1) + Metrics.GAP;
            valueEnd = valueX + Metrics.width(ratio.percentText());
        } else if (r instanceof IndicatorRow.Graded g) {
            valueX = 0;
            valueEnd =
                    g.scale().size() * (cell + IndicatorChart.CELL_GAP) - IndicatorChart.CELL_GAP;
        } else {
            IndicatorRow.Stated s = (IndicatorRow.Stated) r;
            valueX = STATED_INSET;
            valueEnd = valueX + Metrics.width(s.text());
        }
        double markX = valueEnd + Metrics.GAP * 1.5;
        double wordX = markX + IndicatorChart.MARK + MARK_TO_WORD;
        return new IndicatorChart.Parts(
                valueX, markX, wordX, wordX + Metrics.width(words.outcome(r.outcome())));
    }

    /** Draws the band of {@code r} centred on {@code middle}. */
    void draw(Svg svg, IndicatorRow r, double middle) {
        IndicatorChart.Parts p = parts(r);
        double baseline = Metrics.baselineAt(middle, Metrics.FONT);
        if (r instanceof IndicatorRow.Ratio ratio) {
            double extent = extent(ratio.percent());
            double top = middle - IndicatorChart.THICKNESS / 2;
            svg.rect("attain", axis, top, extent, IndicatorChart.THICKNESS);
            if (beyondCap(ratio.percent())) {
                double x = axis + extent + Metrics.GAP / 2;
                double h = IndicatorChart.THICKNESS / 2;
                svg.path(
                        "beyond",
                        "M"
                                + IndicatorChart.pt(x, middle - h)
                                + " L"
                                + IndicatorChart.pt(x + 5, middle)
                                + " L"
                                + IndicatorChart.pt(x, middle + h)
                                + " M"
                                + IndicatorChart.pt(x + 5, middle - h)
                                + " L"
                                + IndicatorChart.pt(x + 10, middle)
                                + " L"
                                + IndicatorChart.pt(x + 5, middle + h));
            }
            double tx = axis + tick();
            svg.line(
                    "target",
                    tx,
                    middle - IndicatorChart.BAND / 2 - 1,
                    tx,
                    middle + IndicatorChart.BAND / 2 + 1);
            svg.text("value", axis + p.valueX(), baseline, "start", ratio.percentText());
        } else if (r instanceof IndicatorRow.Graded g) {
            double x = axis;
            double top = middle - IndicatorChart.BAND / 2;
            for (int i = 0; i < g.scale().size(); i++) {
                boolean actual = i == g.actual();
                boolean target = g.target().isPresent() && g.target().getAsInt() == i;
                String css = "grade" + (actual ? " actual" : "") + (target ? " target" : "");
                svg.rect(css, x, top, cell, IndicatorChart.BAND);
                svg.text(
                        actual ? "grade-text actual" : "grade-text",
                        x + cell / 2,
                        baseline,
                        "middle",
                        g.scale().get(i));
                x += cell + IndicatorChart.CELL_GAP;
            }
        } else {
            svg.text(
                    "stated",
                    axis + p.valueX(),
                    baseline,
                    "start",
                    ((IndicatorRow.Stated) r).text());
        }
        IndicatorChart.drawOutcome(svg, r.outcome(), words.outcome(r.outcome()), axis, p, middle);
    }
}
