package org.gongkai.linkcheck;

import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * A finding whose place is still a byte offset in its file; {@link FindingPositions} turns it into
 * a {@link LinkFinding} with line and column.
 *
 * @param offset in the file's UTF-8 bytes, or -1 for the file as a whole
 */
record PendingFinding(Severity severity, String file, int offset, String url, Message reason) {
    static PendingFinding of(Severity severity, String file, Ref ref, Message reason) {
        return new PendingFinding(severity, file, ref.offset(), ref.url(), reason);
    }
}
