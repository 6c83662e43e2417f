package org.gongkai.output;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.render.TableView;

/**
 * A table as CSV: UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese text
 * correctly; numbers as their exact values, not as rounded on the page. Thread-safe.
 */
public final class CsvExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // The streaming generator, not a CsvMapper: the same bytes, without loading data binding.
    private final CsvFactory factory = new CsvFactory();
    private final CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");

    public byte[] csv(TableView table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.writeBytes(BOM);
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns().stream().map(TableView.Column::label).toList());
        for (TableView.Row r : table.rows()) {
            rows.add(cells(r));
        }
        for (TableView.Row r : table.footer()) {
            rows.add(cells(r));
        }
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvGenerator g = factory.createGenerator(w)) {
            g.setSchema(schema);
            g.disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
            g.writeStartArray();
            for (List<String> row : rows) {
                g.writeStartArray();
                for (String cell : row) {
                    g.writeString(cell);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> cells(TableView.Row r) {
        List<String> out = new ArrayList<>();
        for (TableView.Cell c : r.cells()) {
            out.add(c.numeric() && !c.raw().isEmpty() ? c.raw() : c.text());
        }
        return out;
    }
}
