package org.gongkai.linkcheck;

import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * The result of checking one external URL.
 *
 * @param severity null when the link works
 * @param reason null when the link works
 */
record Outcome(Severity severity, Message reason) {
    static final Outcome OK = new Outcome(null, null);

    static Outcome error(String key, Object... args) {
        return new Outcome(Severity.ERROR, Message.of(key, args));
    }

    static Outcome warning(String key, Object... args) {
        return new Outcome(Severity.WARNING, Message.of(key, args));
    }

    boolean ok() {
        return severity == null;
    }
}
