package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Derived;
import org.gongkai.model.Finding;
import org.gongkai.problem.Message;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;

/**
 * Runs every reconciliation check of the content format on a disclosure. Built once per build and
 * shared across threads.
 *
 * <pre>
 * Reconciler r = new Reconciler(config.tolerance());
 * List&lt;Finding&gt; findings = r.check(Derived.of(disclosure));
 * </pre>
 */
public final class Reconciler {
    private final Tolerance tolerance;
    private final List<Check> checks;

    public Reconciler(BigDecimal tolerance) {
        this.tolerance = new Tolerance(tolerance);
        this.checks =
                List.of(
                        new ChildrenSumCheck(),
                        new TotalsCheck(),
                        new ClassificationCheck(),
                        new BalanceCheck(),
                        new BasicProjectCheck(),
                        new ThreePublicCheck(),
                        new IndicatorCheck(),
                        new NarrativeCheck());
    }

    /** All findings, in the order of the file. */
    public List<Finding> check(Derived d) {
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) {
            out.addAll(c.run(d, tolerance));
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    /** A finding as a problem of {@code file}: a warning, or an error under {@code --strict}. */
    public static Problem toProblem(String file, Finding f, boolean strict) {
        String diff = f.difference().toPlainString();
        Message m =
                Message.of(
                        "finding." + f.kind().key(),
                        f.subject(),
                        f.stated().toPlainString(),
                        f.computed().toPlainString(),
                        diff.startsWith("-") ? diff : "+" + diff,
                        f.unit());
        return new Problem(
                strict ? Severity.ERROR : Severity.WARNING,
                f.kind().key(),
                file,
                f.pos(),
                f.path(),
                m,
                f.stated().toPlainString(),
                f.computed().toPlainString());
    }
}
