package org.gongkai.problem;

/**
 * A place in a source file. Lines and columns are 1-based, as editors count them; {@link #NONE}
 * (0:0) stands for a problem that concerns a whole file.
 */
public record Pos(int line, int column) implements Comparable<Pos> {
    public static final Pos NONE = new Pos(0, 0);

    public Pos {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static Pos of(int line, int column) {
        return new Pos(line, column);
    }

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
