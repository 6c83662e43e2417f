package org.gongkai.cli;

/** Exit codes of every command; scripts rely on them, so they never change meaning. */
final class ExitCode {
    /** Done, nothing wrong (warnings allowed). */
    static final int OK = 0;

    /** Content errors, or broken links. */
    static final int FAILED = 1;

    /** Wrong usage or configuration: nothing was built. */
    static final int USAGE = 2;

    private ExitCode() {}
}
