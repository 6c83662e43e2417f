package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * How a {@link Report} is written: {@code text} for people (grouped by file), {@code json} for
 * scripts, {@code junit} for CI servers. Each writes the same bytes for the same report.
 */
public enum ReportFormat {
    TEXT,
    JSON,
    JUNIT;

    /**
     * Writes {@code report} to {@code out}; reasons are in {@code locale}'s language. The text
     * format shows files as {@code prefix + file} ({@code site/} + {@code lx-zgh/2023/index.html}),
     * so that the user can open them from where they ran the command; the others give paths
     * relative to the checked folder, as their consumers expect.
     */
    public void write(Report report, Writer out, Locale locale, String prefix) {
        try {
            switch (this) {
                case TEXT -> TextReport.write(report, out, locale, prefix);
                case JSON -> JsonReport.write(report, out, locale);
                case JUNIT -> JunitReport.write(report, out, locale);
                default -> throw new IllegalStateException(name());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name on the command line: {@code text}, {@code json}, {@code junit}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
