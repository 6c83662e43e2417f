package org.gongkai.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A label cut into unbreakable tokens and filled greedily into lines of a given measure, for {@link
 * TextWidth#wrap}. The label is held once as code points with their widths, and a line is a range
 * of them, so that filling allocates nothing: wrap fills the same label at measures a quarter of an
 * em apart until the number of lines changes, about thirty times for a two-line label, and filling
 * with strings (a concatenation, a strip and a measurement per token) was half the time charts
 * took.
 *
 * <p>Lines break exactly where string filling broke them: a candidate line is measured as the sum
 * of its code points' widths from its first to its last non-whitespace code point ({@link
 * Character#isWhitespace}, as {@link String#strip} reads it), added up in the same order, so every
 * comparison with the measure sees the same double. Not thread-safe; one per call of wrap.
 */
final class LineBreaks {
    /**
     * Characters that may not start a line in Chinese typesetting; they stay with the one before.
     */
    private static final String NO_LINE_START = "，。、：；！？）」』】》〉’”,.:;!?)%";

    private final int[] cps;
    private final double[] widths;
    private final boolean[] space;
    private final int[] tokenEnds;
    private int[] lines = new int[8];
    private int count;
    private int[] kept = new int[0];

    /** The tokens of {@code label}, whose ends are already stripped of whitespace. */
    LineBreaks(String label) {
        int[] points = new int[label.length()];
        int n = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            points[n++] = cp;
            i += Character.charCount(cp);
        }
        this.cps = n == points.length ? points : Arrays.copyOf(points, n);
        this.widths = new double[n];
        this.space = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = TextWidth.ems(cps[i]);
            space[i] = Character.isWhitespace(cps[i]);
        }
        this.tokenEnds = tokenEnds(cps);
    }

    /**
     * Where tokens end: a Latin word with its trailing space, or one other character, with closing
     * punctuation and spaces kept with the token before. Since the label has no leading whitespace,
     * the tokens cover it without a gap.
     */
    private static int[] tokenEnds(int[] cps) {
        int[] ends = new int[cps.length];
        int tokens = 0;
        boolean word = false;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean start;
            if (cp < 0x2000 && cp != ' ') {
                start = !word;
                word = true;
            } else if (word && cp == ' ') {
                start = false;
                word = false;
            } else {
                word = false;
                boolean joins = cp == ' ' || NO_LINE_START.indexOf(cp) >= 0;
                start = !joins || i == 0;
            }
            if (start && i > 0) {
                ends[tokens++] = i;
            }
        }
        if (cps.length > 0) {
            ends[tokens++] = cps.length;
        }
        return Arrays.copyOf(ends, tokens);
    }

    /** Fills lines of at most {@code maxEms}, one token after another; returns how many. */
    int fill(double maxEms) {
        count = 0;
        int first = -1; // the line's first non-space code point; -1 while the line is blank
        int last = -1; // the line's last non-space code point
        double run = 0; // widths from first to the end of the line, trailing spaces included
        double stripped = 0; // widths from first to last
        int pos = 0;
        for (int end : tokenEnds) {
            while (pos < end) {
                int restFirst = pos;
                while (restFirst < end && space[restFirst]) {
                    restFirst++;
                }
                boolean restBlank = restFirst == end;
                int restLast = end - 1;
                while (restLast >= pos && space[restLast]) {
                    restLast--;
                }
                double candidate;
                if (first < 0) {
                    candidate = restBlank ? 0 : sum(0, restFirst, restLast + 1);
                } else {
                    candidate = restBlank ? stripped : sum(run, pos, restLast + 1);
                }
                if (candidate <= maxEms) {
                    if (!restBlank) {
                        if (first < 0) {
                            first = restFirst;
                        }
                        last = restLast;
                        stripped = candidate;
                        run = sum(candidate, restLast + 1, end);
                    } else if (first >= 0) {
                        run = sum(run, pos, end);
                    }
                    pos = end;
                } else if (first < 0) {
                    // A single token wider than a whole line: cut it where the line is full.
                    int cut = prefixFitting(pos, end, maxEms);
                    addStripped(pos, cut);
                    pos = cut;
                } else {
                    add(first, last + 1);
                    first = -1;
                    pos = restFirst;
                }
            }
        }
        if (first >= 0) {
            add(first, last + 1);
        }
        return count;
    }

    /** Keeps the lines of the last {@link #fill} as the result. */
    void keep() {
        kept = Arrays.copyOf(lines, 2 * count);
    }

    /** The lines of the last {@link #fill} or, after {@link #keep}, of the kept one. */
    List<String> lines(boolean keptOnes) {
        int[] ranges = keptOnes ? kept : Arrays.copyOf(lines, 2 * count);
        List<String> out = new ArrayList<>(ranges.length / 2);
        for (int i = 0; i < ranges.length; i += 2) {
            out.add(new String(cps, ranges[i], ranges[i + 1] - ranges[i]));
        }
        return out;
    }

    private double sum(double start, int from, int to) {
        double w = start;
        for (int i = from; i < to; i++) {
            w += widths[i];
        }
        return w;
    }

    /**
     * The end of the longest run from {@code from} within {@code maxEms}; at least one code point.
     */
    private int prefixFitting(int from, int to, double maxEms) {
        double w = 0;
        int i = from;
        while (i < to) {
            if (w + widths[i] > maxEms && i > from) {
                break;
            }
            w += widths[i];
            i++;
        }
        return i;
    }

    private void addStripped(int from, int to) {
        while (from < to && space[from]) {
            from++;
        }
        while (to > from && space[to - 1]) {
            to--;
        }
        add(from, to);
    }

    private void add(int from, int to) {
        if (2 * count + 2 > lines.length) {
            lines = Arrays.copyOf(lines, 2 * lines.length);
        }
        lines[2 * count] = from;
        lines[2 * count + 1] = to;
        count++;
    }
}
