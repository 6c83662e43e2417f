package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.chart.ChartText;
import org.gongkai.chart.IndicatorChart;
import org.gongkai.chart.IndicatorRow;
import org.gongkai.chart.Outcome;
import org.gongkai.model.Derived;
import org.gongkai.model.Grade;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.Operator;

/**
 * The chart of performance indicators: each numeric result as a percentage of its target (units
 * differ, so only the ratio compares), each graded result on the scale 差 to 优, anything else in
 * words, each marked met or not met. Stateless apart from the shared messages; thread-safe.
 */
final class IndicatorCharts {
    private static final String ID = "chart-indicators";

    /** The grades worst first, as the chart draws them left to right. */
    private static final List<Grade> SCALE =
            Arrays.stream(Grade.values()).sorted((a, b) -> b.ordinal() - a.ordinal()).toList();

    private final ThemeMessages t;

    IndicatorCharts(ThemeMessages messages) {
        this.t = messages;
    }

    Optional<ChartView> chart(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return Optional.empty();
        }
        List<IndicatorRow> rows = new ArrayList<>();
        List<TableView.Row> data = new ArrayList<>();
        for (Indicator i : indicators) {
            String target = i.target().map(v -> targetText(i, v)).orElse(t.get("chart.missing"));
            String actual = i.actual().map(v -> actualText(i, v)).orElse(t.get("chart.missing"));
            Outcome outcome =
                    i.met().map(m -> m ? Outcome.MET : Outcome.NOT_MET).orElse(Outcome.UNKNOWN);
            String tooltip = i.name() + "\n" + t.format("chart.indicators.stated", actual, target);
            Optional<BigDecimal> percent = percent(i);
            Optional<Grade> grade = i.actual().flatMap(IndicatorValue::grade);
            if (percent.isPresent()) {
                rows.add(
                        new IndicatorRow.Ratio(
                                i.name(),
                                tooltip,
                                percent.get(),
                                Format.percent(percent.get()),
                                outcome));
            } else if (grade.isPresent()) {
                OptionalInt targetIndex =
                        i.target()
                                .flatMap(IndicatorValue::grade)
                                .map(g -> OptionalInt.of(SCALE.indexOf(g)))
                                .orElse(OptionalInt.empty());
                rows.add(
                        new IndicatorRow.Graded(
                                i.name(),
                                tooltip,
                                SCALE.stream().map(Grade::text).toList(),
                                SCALE.indexOf(grade.get()),
                                targetIndex,
                                outcome));
            } else {
                rows.add(
                        new IndicatorRow.Stated(
                                i.name(),
                                tooltip,
                                t.format("chart.indicators.stated", actual, target),
                                outcome));
            }
            data.add(
                    TableView.Row.of(
                            List.of(
                                    TableView.Cell.text(i.name()),
                                    TableView.Cell.text(target),
                                    TableView.Cell.text(actual),
                                    percent.map(
                                                    p ->
                                                            TableView.Cell.number(
                                                                    Format.percent(p),
                                                                    p.toPlainString()))
                                            .orElse(TableView.Cell.empty(true)),
                                    TableView.Cell.marked(
                                            t.get(word(outcome)),
                                            i.met().map(String::valueOf).orElse(""),
                                            outcome == Outcome.MET
                                                    ? "met"
                                                    : outcome == Outcome.NOT_MET
                                                            ? "not-met"
                                                            : "unknown"))));
        }
        String title = t.get("chart.indicators");
        String desc = t.format("chart.indicators.desc", rows.size());
        IndicatorChart.Words words =
                new IndicatorChart.Words(
                        t.get("chart.met"),
                        t.get("chart.not-met"),
                        t.get("chart.met-unknown"),
                        t.get("chart.indicators.target"),
                        t.get("chart.indicators.grade-actual"),
                        t.get("chart.indicators.grade-target"));
        String svg = IndicatorChart.svg(new ChartText(ID, title, desc), rows, words);
        TableView table =
                DisclosureCharts.dataTable(
                        t,
                        ID,
                        title,
                        List.of(
                                new TableView.Column(t.get("col.indicator"), false),
                                new TableView.Column(t.get("col.target"), false),
                                new TableView.Column(t.get("col.result"), false),
                                new TableView.Column(t.get("col.percent-of-target"), true),
                                new TableView.Column(t.get("col.met"), false)),
                        data);
        return Optional.of(new ChartView(ID, title, new SafeString(svg), table));
    }

    /**
     * The result as a percentage of the target, where both are numbers and the target is positive.
     */
    private static Optional<BigDecimal> percent(Indicator i) {
        if (i.operator() == Operator.QUALITATIVE) {
            return Optional.empty();
        }
        Optional<BigDecimal> target =
                i.target().flatMap(IndicatorValue::number).filter(v -> v.signum() > 0);
        Optional<BigDecimal> actual = i.actual().flatMap(IndicatorValue::number);
        return target.isPresent() && actual.isPresent()
                ? Derived.percent(actual, target)
                : Optional.empty();
    }

    private static String word(Outcome o) {
        return switch (o) {
            case MET -> "chart.met";
            case NOT_MET -> "chart.not-met";
            case UNKNOWN -> "chart.met-unknown";
        };
    }

    private static String targetText(Indicator i, IndicatorValue v) {
        return v.number().isPresent() ? i.operator().symbol() + v.text() + i.unit() : v.text();
    }

    private static String actualText(Indicator i, IndicatorValue v) {
        return v.number().isPresent() ? v.text() + i.unit() : v.text();
    }
}
