package org.gongkai.yaml;

import java.util.Objects;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;

/** Where the problems of one file go, with that file's name. Not thread-safe. */
public final class Reporter {
    private final String file;
    private final ProblemList problems;

    public Reporter(String file, ProblemList problems) {
        this.file = Objects.requireNonNull(file, "file");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    public String file() {
        return file;
    }

    public ProblemList problems() {
        return problems;
    }

    public void error(String kind, Pos pos, String path, Message message) {
        problems.add(Problem.error(kind, file, pos, path, message));
    }

    public void warning(String kind, Pos pos, String path, Message message) {
        problems.add(Problem.warning(kind, file, pos, path, message));
    }
}
