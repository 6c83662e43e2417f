package org.gongkai.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A spec file of chart examples, in the shape of commonmark's spec: Markdown with fenced blocks
 * {@code ```example <kind>} holding the chart's data, a line with a single {@code .}, and the SVG
 * expected, one element per line. The data is written one row per line, fields split by {@code |}:
 *
 * <pre>
 * hbar        code | label | value
 * breakdown   label | value, items indented by two spaces
 * grouped     series: key=name, ... then code | label | key=value, ...
 * trend       as grouped, the label being the period
 * indicators  ratio | label | percent | outcome, graded | label | scale | actual | target or -,
 *             stated | label | text | outcome (outcome: MET, NOT_MET, UNKNOWN)
 * </pre>
 */
final class ChartSpec {
    static final ChartText TEXT = new ChartText("spec", "图表标题", "图表说明");
    static final IndicatorChart.Words WORDS =
            new IndicatorChart.Words("达成", "未达成", "无法判定", "目标值（100%）", "实际等级", "目标等级");

    record Example(
            String section, int number, String kind, String input, String expected, int line) {
        @Override
        public String toString() {
            return section + " / example " + number;
        }

        String render() {
            return pretty(ChartSpec.render(kind, input));
        }
    }

    private ChartSpec() {}

    static List<Example> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("## ")) {
                section = l.substring(3).strip();
            } else if (l.startsWith("```example ")) {
                int start = i;
                String kind = l.substring("```example ".length()).strip();
                StringBuilder input = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder into = input;
                for (i++; !lines.get(i).equals("```"); i++) {
                    if (lines.get(i).equals(".") && into == input) {
                        into = expected;
                    } else {
                        into.append(lines.get(i)).append('\n');
                    }
                }
                out.add(
                        new Example(
                                section,
                                out.size() + 1,
                                kind,
                                input.toString(),
                                expected.toString(),
                                start + 1));
            }
        }
        return out;
    }

    /** The file with every example's expected output replaced by what the charts draw now. */
    static String updated(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            out.append(l).append('\n');
            if (l.startsWith("```example ")) {
                String kind = l.substring("```example ".length()).strip();
                StringBuilder input = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    input.append(lines.get(i)).append('\n');
                }
                while (!lines.get(i).equals("```")) {
                    i++;
                }
                out.append(input)
                        .append(".\n")
                        .append(pretty(render(kind, input.toString())))
                        .append("```\n");
            }
        }
        return out.toString();
    }

    /** One element per line, so that a failing example shows which element changed. */
    static String pretty(String svg) {
        return svg.replace("><", ">\n<") + "\n";
    }

    static String render(String kind, String input) {
        List<String> rows = input.lines().filter(l -> !l.isBlank()).toList();
        return switch (kind) {
            case "hbar" -> HorizontalBarChart.svg(TEXT, rows.stream().map(ChartSpec::bar).toList());
            case "breakdown" -> BreakdownChart.svg(TEXT, groups(rows));
            case "grouped" ->
                    GroupedBarChart.svg(
                            TEXT, series(rows.get(0)), clusters(rows.subList(1, rows.size())));
            case "trend" ->
                    TrendChart.svg(
                            TEXT, series(rows.get(0)), clusters(rows.subList(1, rows.size())));
            case "indicators" ->
                    IndicatorChart.svg(
                            TEXT, rows.stream().map(ChartSpec::indicator).toList(), WORDS);
            default -> throw new IllegalArgumentException("unknown chart kind " + kind);
        };
    }

    private static String[] fields(String row) {
        String[] f = row.strip().split("\\|", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    static Value value(String v) {
        BigDecimal d = new BigDecimal(v);
        return new Value(d, d.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private static Bar bar(String row) {
        String[] f = fields(row);
        Value v = value(f[f.length - 1]);
        return f.length == 3
                ? new Bar(f[0], f[1], v.value(), v.text())
                : new Bar("", f[0], v.value(), v.text());
    }

    private static List<BarGroup> groups(List<String> rows) {
        List<BarGroup> out = new ArrayList<>();
        Bar group = null;
        List<Bar> items = new ArrayList<>();
        for (String r : rows) {
            if (r.startsWith("  ")) {
                items.add(bar(r));
                continue;
            }
            if (group != null) {
                out.add(new BarGroup(group, items));
            }
            group = bar(r);
            items = new ArrayList<>();
        }
        if (group != null) {
            out.add(new BarGroup(group, items));
        }
        return out;
    }

    private static List<Series> series(String row) {
        List<Series> out = new ArrayList<>();
        for (String pair : row.substring("series:".length()).split(",")) {
            String[] kv = pair.strip().split("=", 2);
            out.add(new Series(kv[0], kv[1]));
        }
        return out;
    }

    private static List<Cluster> clusters(List<String> rows) {
        List<Cluster> out = new ArrayList<>();
        for (String r : rows) {
            String[] f = fields(r);
            Map<String, Value> values = new LinkedHashMap<>();
            if (!f[2].isEmpty()) {
                for (String pair : f[2].split(",")) {
                    String[] kv = pair.strip().split("=", 2);
                    values.put(kv[0], value(kv[1]));
                }
            }
            out.add(new Cluster(f[0], f[1], values));
        }
        return out;
    }

    private static IndicatorRow indicator(String row) {
        String[] f = fields(row);
        String tooltip = f[1];
        return switch (f[0]) {
            case "ratio" ->
                    new IndicatorRow.Ratio(
                            f[1],
                            tooltip,
                            new BigDecimal(f[2]),
                            value(f[2]).text() + "%",
                            Outcome.valueOf(f[3]));
            case "graded" ->
                    new IndicatorRow.Graded(
                            f[1],
                            tooltip,
                            List.of(f[2].split(" ")),
                            Integer.parseInt(f[3]),
                            f[4].equals("-")
                                    ? OptionalInt.empty()
                                    : OptionalInt.of(Integer.parseInt(f[4])),
                            Outcome.valueOf(f[5]));
            case "stated" -> new IndicatorRow.Stated(f[1], tooltip, f[2], Outcome.valueOf(f[3]));
            default -> throw new IllegalArgumentException("unknown indicator row " + f[0]);
        };
    }
}
