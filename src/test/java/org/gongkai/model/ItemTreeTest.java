package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.problem.Pos;
import org.junit.jupiter.api.Test;

class ItemTreeTest {
    static LineItem row(String code, String name, String actual, LineItem... items) {
        Map<Measure, Figure> stated = new EnumMap<>(Measure.class);
        if (actual != null) {
            stated.put(
                    Measure.ACTUAL, new Figure(new BigDecimal(actual), "x.actual", Pos.of(1, 1)));
        }
        return new LineItem(
                "x",
                Pos.of(1, 1),
                Optional.ofNullable(code),
                name,
                stated,
                Optional.empty(),
                List.of(items));
    }

    @Test
    void rowsWhoseCodeIsAPrefixBecomeParents() {
        ItemTree tree =
                ItemTree.of(
                        List.of(
                                row("201", "一般公共服务支出", null),
                                row("20129", "群众团体事务", null),
                                row("2012901", "行政运行", "186.84"),
                                row("2012999", "其他群众团体事务支出", "283.79")));
        assertThat(tree.roots()).hasSize(1);
        ItemNode top = tree.roots().get(0);
        assertThat(top.children()).extracting(ItemNode::name).containsExactly("群众团体事务");
        assertThat(top.amount(Measure.ACTUAL)).contains(new BigDecimal("470.63"));
        assertThat(top.derived()).containsExactly(Measure.ACTUAL);
        assertThat(tree.total(Measure.ACTUAL)).contains(new BigDecimal("470.63"));
    }

    @Test
    void sevenDigitCodesImplyTheirParentsFromTheStandardClassification() {
        ItemTree tree =
                ItemTree.of(
                        List.of(
                                row("2080505", "机关事业单位基本养老保险缴费支出", "46.19"),
                                row("2080801", "死亡抚恤", "0.78")),
                        FunctionCodes.standard());
        assertThat(tree.flatten())
                .extracting(n -> n.code().orElse("") + " " + n.name())
                .containsExactly(
                        "208 社会保障和就业支出",
                        "20805 行政事业单位养老支出",
                        "2080505 机关事业单位基本养老保险缴费支出",
                        "20808 抚恤",
                        "2080801 死亡抚恤");
        assertThat(tree.flatten().get(0).synthesized()).isTrue();
        assertThat(tree.total(Measure.ACTUAL)).contains(new BigDecimal("46.97"));
    }

    @Test
    void aStatedParentKeepsItsOwnFigureAndTheChildrenSumIsAvailable() {
        ItemTree tree =
                ItemTree.of(
                        List.of(
                                row(
                                        null,
                                        "工资福利支出",
                                        "88.57",
                                        row(null, "基本工资", "31.81"),
                                        row(null, "住房公积金", "0.0006"))));
        ItemNode parent = tree.roots().get(0);
        assertThat(parent.amount(Measure.ACTUAL)).contains(new BigDecimal("88.57"));
        assertThat(parent.childrenSum(Measure.ACTUAL)).contains(new BigDecimal("31.8106"));
        assertThat(parent.derived()).isEmpty();
        assertThat(tree.leaves()).extracting(ItemNode::name).containsExactly("基本工资", "住房公积金");
    }

    @Test
    void sumsAreExactDecimals() {
        ItemTree tree = ItemTree.of(List.of(row(null, "a", "0.1"), row(null, "b", "0.2")));
        assertThat(tree.total(Measure.ACTUAL)).contains(new BigDecimal("0.3"));
    }
}
