package org.gongkai.linkcheck;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * One broken or doubtful reference.
 *
 * @param file the page or style sheet, relative to the checked folder, with forward slashes
 * @param line 1-based line of the attribute (or of the URL inside a srcset, CSS or refresh value)
 * @param column 1-based column, counted as jsoup counts it (UTF-16 units)
 * @param url the URL as written, with character references decoded
 * @param reason what is wrong, in words for people (English or Chinese, see {@link Message})
 */
public record LinkFinding(
        Severity severity, String file, int line, int column, String url, Message reason) {

    /** Sorts by file, line, column and URL, then by the rest, so that a report is deterministic. */
    public static final Comparator<LinkFinding> ORDER =
            Comparator.comparing(LinkFinding::file)
                    .thenComparingInt(LinkFinding::line)
                    .thenComparingInt(LinkFinding::column)
                    .thenComparing(LinkFinding::url)
                    .thenComparing(LinkFinding::severity)
                    .thenComparing(f -> f.reason().key())
                    .thenComparing(f -> String.join("\u0000", f.reason().args()));

    public LinkFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be >= 1");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The reason in words, in {@code locale}'s language (English for anything but Chinese). */
    public String reasonText(Locale locale) {
        return reason.format(locale);
    }
}
