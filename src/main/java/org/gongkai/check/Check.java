package org.gongkai.check;

import java.util.List;
import org.gongkai.model.Derived;
import org.gongkai.model.Finding;

/** One reconciliation rule of the content format. Implementations are stateless and thread-safe. */
interface Check {
    /** The findings of this rule on one disclosure; never null, empty when the figures agree. */
    List<Finding> run(Derived disclosure, Tolerance tolerance);
}
