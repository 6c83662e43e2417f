package org.gongkai.linkcheck;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The report for people: findings grouped under their file, one line each ({@code line:column
 * severity: url: reason}), then one line of totals.
 */
final class TextReport {
    private TextReport() {}

    static void write(Report r, Writer out, Locale locale, String prefix) throws IOException {
        String file = null;
        for (LinkFinding f : r.findings()) {
            if (!f.file().equals(file)) {
                file = f.file();
                out.write(prefix + file + "\n");
            }
            out.write(
                    "  "
                            + f.line()
                            + ":"
                            + f.column()
                            + " "
                            + f.severity().label()
                            + ": "
                            + (f.url().isEmpty() ? "" : f.url() + ": ")
                            + f.reasonText(locale)
                            + "\n");
        }
        out.write(summary(r) + "\n");
    }

    /** {@code checked 12 files, 340 links: 1 error, 2 warnings}. */
    static String summary(Report r) {
        String checked =
                "checked "
                        + count(r.files().size(), "file")
                        + ", "
                        + count(r.links(), "link")
                        + ": ";
        if (r.findings().isEmpty()) {
            return checked + "no broken links";
        }
        return checked + count(r.errors(), "error") + ", " + count(r.warnings(), "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
