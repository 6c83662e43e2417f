package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gongkai.problem.Problem;

/** Prints problems one per line, sorted, with a count; at most {@link #MAX} lines. */
final class ProblemPrinter {
    static final int MAX = 500;

    private ProblemPrinter() {}

    static void print(List<Problem> problems, Locale locale, PrintWriter err) {
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == MAX) {
                err.println(String.format("... %d more", problems.size() - MAX));
                break;
            }
            err.println(p.severity().label() + ": " + p.format(locale));
        }
    }
}
