package org.gongkai.problem;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem in one file: where it is, which key it concerns, and what was expected and found.
 *
 * <p>{@code file} is relative to the site folder with forward slashes ({@code
 * content/lx-zgh/2023.md}); {@code path} is the key path ({@code
 * expenditure.by_function[2].actual}) or empty for a problem that concerns no single key. {@code
 * stated} and {@code computed} are set for reconciliation findings and empty otherwise.
 */
public record Problem(
        Severity severity,
        String kind,
        String file,
        Pos pos,
        String path,
        Message message,
        String stated,
        String computed) {

    /** Sorts by file, line and column, then by the rest, so that output is deterministic. */
    public static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::file)
                    .thenComparing(Problem::pos)
                    .thenComparing(Problem::path)
                    .thenComparing(Problem::kind)
                    .thenComparing(p -> p.message().key())
                    .thenComparing(p -> String.join("\u0000", p.message().args()));

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(computed, "computed");
    }

    public static Problem error(String kind, String file, Pos pos, String path, Message message) {
        return new Problem(Severity.ERROR, kind, file, pos, path, message, "", "");
    }

    public static Problem warning(String kind, String file, Pos pos, String path, Message message) {
        return new Problem(Severity.WARNING, kind, file, pos, path, message, "", "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with another severity, as {@code --strict} makes findings errors. */
    public Problem withSeverity(Severity s) {
        return new Problem(s, kind, file, pos, path, message, stated, computed);
    }

    /** {@code file:line:column} or just {@code file} for a problem with no position. */
    public String location() {
        return pos.equals(Pos.NONE) ? file : file + ":" + pos;
    }

    /** The one-line form: {@code file:line:column: key.path: message}. */
    public String format(Locale locale) {
        StringBuilder sb = new StringBuilder(location()).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message.format(locale)).toString();
    }
}
