package org.gongkai.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Problems collected while reading one file or one site. Not thread-safe: each file is read with
 * its own list, and lists are merged with {@link #addAll} afterwards.
 */
public final class ProblemList {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem p) {
        problems.add(p);
    }

    public void addAll(Collection<Problem> ps) {
        problems.addAll(ps);
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return problems.size();
    }

    /** An immutable copy, sorted by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
