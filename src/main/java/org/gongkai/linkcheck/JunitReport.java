package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report for CI servers, as JUnit XML: one test case per file checked, failed when the file has
 * a broken link (each listed in the failure's text), with its warnings in {@code system-out}. No
 * timestamps or durations, so that the same site gives the same bytes.
 */
final class JunitReport {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private JunitReport() {}

    static void write(Report r, Writer out, Locale locale) throws IOException {
        Map<String, List<LinkFinding>> byFile = new LinkedHashMap<>();
        for (LinkFinding f : r.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        long failed =
                byFile.values().stream()
                        .filter(l -> l.stream().anyMatch(LinkFinding::isError))
                        .count();
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "gongkai check");
            x.writeAttribute("tests", String.valueOf(r.files().size()));
            x.writeAttribute("failures", String.valueOf(failed));
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "links");
            x.writeAttribute("tests", String.valueOf(r.files().size()));
            x.writeAttribute("failures", String.valueOf(failed));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            for (String file : r.files()) {
                testCase(x, file, byFile.getOrDefault(file, List.of()), locale);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void testCase(
            XMLStreamWriter x, String file, List<LinkFinding> findings, Locale locale)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "links");
        x.writeAttribute("name", file);
        List<LinkFinding> errors = findings.stream().filter(LinkFinding::isError).toList();
        List<LinkFinding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        if (!errors.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("type", "broken-link");
            x.writeAttribute(
                    "message",
                    errors.size() + (errors.size() == 1 ? " broken link" : " broken links"));
            x.writeCharacters(lines(errors, locale));
            x.writeEndElement();
        }
        if (!warnings.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(lines(warnings, locale));
            x.writeEndElement();
        }
        if (!findings.isEmpty()) {
            x.writeCharacters("\n    ");
        }
        x.writeEndElement();
    }

    private static String lines(List<LinkFinding> findings, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (LinkFinding f : findings) {
            sb.append(f.file())
                    .append(':')
                    .append(f.line())
                    .append(':')
                    .append(f.column())
                    .append(": ")
                    .append(f.severity().label())
                    .append(": ")
                    .append(f.url().isEmpty() ? "" : f.url() + ": ")
                    .append(f.reasonText(locale))
                    .append('\n');
        }
        return sb.toString();
    }
}
