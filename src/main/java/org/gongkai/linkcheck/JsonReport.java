package org.gongkai.linkcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The report for scripts, in the shape the issue fixes: {@code {"checked": {"files": N, "links":
 * N}, "findings": [{"severity", "file", "line", "column", "url", "reason"}]}}, keys in that order.
 */
final class JsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    static void write(Report r, Writer out, Locale locale) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("checked");
            g.writeNumberField("files", r.files().size());
            g.writeNumberField("links", r.links());
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (LinkFinding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("file", f.file());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                g.writeStringField("url", f.url());
                g.writeStringField("reason", f.reasonText(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }
}
