package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.model.FindingKind;
import org.gongkai.problem.Problem;

/**
 * Problems as the JSON of {@code validate --format json}, for scripts and editors' tools:
 *
 * <pre>
 * {"problems": [{"severity": "error", "kind": "wrong-type", "file": "content/lx-zgh/2023.md",
 *   "line": 14, "column": 11, "path": "expenditure.by_function[2].actual", "message": "..."}]}
 * </pre>
 *
 * {@code message} is the bare message in the site's language, without the location; {@code stated}
 * and {@code computed} are given for reconciliation findings only. A problem about a folder or file
 * name has no place in a file: its line and column are 0. Thread-safe.
 */
final class ProblemJson {
    private static final ObjectWriter WRITER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();

    private ProblemJson() {}

    static String json(List<Problem> problems, Locale locale) {
        List<Map<String, Object>> list = problems.stream().map(p -> problem(p, locale)).toList();
        try {
            return WRITER.writeValueAsString(Map.of("problems", list));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> problem(Problem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().label());
        m.put("kind", p.kind());
        m.put("file", p.file());
        m.put("line", p.pos().line());
        m.put("column", p.pos().column());
        m.put("path", p.path());
        m.put("message", p.message().format(locale));
        if (FindingKind.ofKey(p.kind()).isPresent()) {
            m.put("stated", p.stated());
            m.put("computed", p.computed());
        }
        return m;
    }
}
