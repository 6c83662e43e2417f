package org.gongkai.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Hostile inputs for the charts: names, values and counts that break naive layouts. */
final class NastyData {
    /** Thirty Chinese characters, as long as real functional item names get and then some. */
    static final String LONG_NAME = "其他社会保障和就业支出中的机关事业单位基本养老保险缴费支出项目明细汇总";

    /** A name with no place to break but its characters, mixing Latin and digits. */
    static final String LONG_LATIN =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static final ChartText TEXT = new ChartText("c", "标题", "说明");
    static final List<Series> SERIES =
            List.of(
                    new Series("budget", "年初预算数"),
                    new Series("adjusted", "调整预算数"),
                    new Series("actual", "实际支出数"));

    private NastyData() {}

    static Bar bar(String code, String name, String value) {
        BigDecimal v = new BigDecimal(value);
        return new Bar(
                code, name, v, v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    static Value value(String v) {
        BigDecimal d = new BigDecimal(v);
        return new Value(d, d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    static Map<String, List<Bar>> barSets() {
        Map<String, List<Bar>> out = new java.util.LinkedHashMap<>();
        out.put("one bar", List.of(bar("2012901", "行政运行", "186.84")));
        out.put(
                "long names",
                List.of(
                        bar("2080505", LONG_NAME, "46.19"),
                        bar("", LONG_LATIN, "1"),
                        bar("2012999", LONG_NAME + LONG_NAME, "283.79")));
        out.put("zeros", List.of(bar("201", "一般公共服务支出", "0"), bar("208", "社会保障和就业支出", "0")));
        out.put(
                "zero next to bars",
                List.of(bar("1", "甲", "0"), bar("2", "乙", "5"), bar("3", "丙", "0.00")));
        out.put(
                "equal values",
                List.of(bar("1", "甲", "7.5"), bar("2", "乙", "7.50"), bar("3", "丙", "7.5")));
        out.put(
                "huge and tiny",
                List.of(
                        bar("1", "甲", "987654321.99"),
                        bar("2", "乙", "0.01"),
                        bar("3", "丙", "0.004")));
        out.put(
                "negative",
                List.of(
                        bar("1", "退款", "-120.5"),
                        bar("2", LONG_NAME, "80"),
                        bar("3", "丙", "-0.01")));
        out.put("all negative", List.of(bar("1", "甲", "-3"), bar("2", "乙", "-5")));
        List<Bar> forty = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forty.add(
                    bar(
                            String.valueOf(2010101 + i),
                            i % 3 == 0 ? LONG_NAME : "项目" + i,
                            String.valueOf(i * 37 % 101)));
        }
        out.put("forty bars", forty);
        out.put("no bars", List.of());
        out.put("markup in names", List.of(bar("", "A&B <工会> \"引号\"", "3")));
        return out;
    }

    static Map<String, List<Cluster>> clusterSets() {
        Map<String, List<Cluster>> out = new java.util.LinkedHashMap<>();
        out.put(
                "all series",
                List.of(
                        new Cluster(
                                "",
                                "合计",
                                Map.of(
                                        "budget",
                                        value("455.67"),
                                        "adjusted",
                                        value("575.65"),
                                        "actual",
                                        value("575.65"))),
                        new Cluster(
                                "2012901",
                                "行政运行",
                                Map.of("budget", value("186.84"), "actual", value("186.84")))));
        out.put(
                "missing and zero",
                List.of(
                        new Cluster("1", LONG_NAME, Map.of("budget", value("0"))),
                        new Cluster(
                                "2", "乙", Map.of("actual", value("0"), "adjusted", value("12"))),
                        new Cluster("3", "丙", Map.of())));
        out.put(
                "huge and tiny",
                List.of(
                        new Cluster(
                                "",
                                "甲",
                                Map.of("budget", value("123456789.12"), "actual", value("0.01")))));
        out.put(
                "negative",
                List.of(
                        new Cluster(
                                "", "甲", Map.of("budget", value("-50"), "actual", value("20")))));
        List<Cluster> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(
                    new Cluster(
                            String.valueOf(2000 + i),
                            i % 5 == 0 ? LONG_NAME : "",
                            Map.of(
                                    "budget",
                                    value(String.valueOf(i * 11)),
                                    "actual",
                                    value(String.valueOf(i * 13 % 97)))));
        }
        out.put("forty clusters", many);
        out.put("none", List.of());
        return out;
    }

    static Map<String, List<Cluster>> periodSets() {
        Map<String, List<Cluster>> out = new java.util.LinkedHashMap<>();
        out.put(
                "two years",
                List.of(
                        new Cluster(
                                "",
                                "2022",
                                Map.of("budget", value("455.67"), "actual", value("575.65"))),
                        new Cluster(
                                "",
                                "2023",
                                Map.of(
                                        "budget",
                                        value("500"),
                                        "adjusted",
                                        value("520"),
                                        "actual",
                                        value("498.2")))));
        out.put("one year", List.of(new Cluster("", "2023", Map.of("actual", value("1")))));
        out.put(
                "zeros",
                List.of(
                        new Cluster("", "2022", Map.of("actual", value("0"))),
                        new Cluster("", "2023", Map.of("actual", value("0")))));
        out.put(
                "huge",
                List.of(
                        new Cluster(
                                "",
                                "2022",
                                Map.of("actual", value("987654321.99"), "budget", value("0.01"))),
                        new Cluster("", "2023", Map.of("actual", value("5")))));
        out.put(
                "negative",
                List.of(
                        new Cluster("", "2022", Map.of("actual", value("-40"))),
                        new Cluster(
                                "", "2023", Map.of("actual", value("60"), "budget", value("-5")))));
        List<Cluster> twenty = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            twenty.add(
                    new Cluster(
                            "",
                            String.valueOf(2000 + i),
                            Map.of(
                                    "budget",
                                    value(String.valueOf(100 + i * 7)),
                                    "adjusted",
                                    value(String.valueOf(90 + i * 5)),
                                    "actual",
                                    value(String.valueOf(80 + i * 9)))));
        }
        out.put("twenty-four years", twenty);
        out.put(
                "long labels",
                List.of(
                        new Cluster("", LONG_NAME, Map.of("actual", value("3"))),
                        new Cluster("", LONG_NAME, Map.of("actual", value("4")))));
        return out;
    }

    static Map<String, List<IndicatorRow>> indicatorSets() {
        List<String> grades = List.of("差", "低", "中", "良", "优");
        Map<String, List<IndicatorRow>> out = new java.util.LinkedHashMap<>();
        out.put(
                "mixed",
                List.of(
                        new IndicatorRow.Ratio(
                                "向上争取资金", "t", new BigDecimal("198.57"), "198.57%", Outcome.MET),
                        new IndicatorRow.Ratio(
                                "完成率", "t", new BigDecimal("95"), "95.00%", Outcome.NOT_MET),
                        new IndicatorRow.Graded(
                                "服务对象满意度", "t", grades, 4, OptionalInt.of(3), Outcome.MET),
                        new IndicatorRow.Graded(
                                "社会效益", "t", grades, 1, OptionalInt.empty(), Outcome.UNKNOWN),
                        new IndicatorRow.Stated("安全事故", "t", "实际 0 起，目标 =0 起", Outcome.MET)));
        out.put(
                "extremes",
                List.of(
                        new IndicatorRow.Ratio(
                                LONG_NAME, "t", new BigDecimal("12500"), "12500.00%", Outcome.MET),
                        new IndicatorRow.Ratio("零", "t", BigDecimal.ZERO, "0.00%", Outcome.NOT_MET),
                        new IndicatorRow.Ratio(
                                "负数", "t", new BigDecimal("-30"), "-30.00%", Outcome.NOT_MET),
                        new IndicatorRow.Ratio(
                                "恰好", "t", new BigDecimal("100"), "100.00%", Outcome.MET),
                        new IndicatorRow.Ratio(
                                "差一点", "t", new BigDecimal("99.99"), "99.99%", Outcome.NOT_MET),
                        new IndicatorRow.Graded(
                                LONG_LATIN, "t", grades, 0, OptionalInt.of(0), Outcome.MET)));
        out.put(
                "only small ratios",
                List.of(
                        new IndicatorRow.Ratio(
                                "甲", "t", new BigDecimal("0.01"), "0.01%", Outcome.NOT_MET)));
        out.put("none", List.of());
        return out;
    }
}
