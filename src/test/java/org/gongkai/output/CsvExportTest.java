package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.render.TableView;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void writesExactValuesQuotesWhereNeededAndStartsWithABom() {
        TableView t =
                new TableView(
                        "x",
                        "x",
                        "",
                        "标题",
                        List.of(
                                new TableView.Column("名称", false),
                                new TableView.Column("金额", true)),
                        List.of(
                                TableView.Row.of(
                                        List.of(
                                                TableView.Cell.text("工资, 福利"),
                                                TableView.Cell.number("0.53", "0.525"))),
                                TableView.Row.of(
                                        List.of(
                                                TableView.Cell.text("说\"明\""),
                                                TableView.Cell.empty(true)))),
                        List.of());
        byte[] csv = new CsvExport().csv(t);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("名称,金额\r\n\"工资, 福利\",0.525\r\n\"说\"\"明\"\"\",\r\n");
    }
}
