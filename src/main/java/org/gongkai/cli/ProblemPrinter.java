package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gongkai.problem.Message;
import org.gongkai.problem.Problem;

/**
 * Prints problems one per line, already sorted by file, line and column, in the site's language,
 * then a count line: {@code error: content/lx-zgh/2023.md:14:11: expenditure.by_function[2].actual:
 * expected …, found …}. At most {@link #MAX} lines are printed; the count covers them all.
 */
final class ProblemPrinter {
    static final int MAX = 500;

    private ProblemPrinter() {}

    /** The problems and, when there are any, the count line after them. */
    static void print(List<Problem> problems, Locale locale, PrintWriter w) {
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == MAX) {
                w.println(Message.of("count.more", problems.size() - MAX).format(locale));
                break;
            }
            w.println(line(p, locale));
        }
        if (!problems.isEmpty()) {
            w.println(count(problems, locale));
        }
    }

    /**
     * One problem: its severity in the site's language, then {@code file:line:column: path:
     * message}.
     */
    static String line(Problem p, Locale locale) {
        return Message.of("severity." + p.severity().label()).format(locale)
                + ": "
                + p.format(locale);
    }

    /** {@code 3 problems: 1 error, 2 warnings}, in the site's language. */
    static String count(List<Problem> problems, Locale locale) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return Message.of(
                        "count.line",
                        counted("count.problems", problems.size(), locale),
                        counted("count.errors", errors, locale),
                        counted("count.warnings", warnings, locale))
                .format(locale);
    }

    private static String counted(String key, long n, Locale locale) {
        Message m =
                n == 0
                        ? Message.of(key + ".none")
                        : n == 1 ? Message.of(key + ".one") : Message.of(key, n);
        return m.format(locale);
    }
}
