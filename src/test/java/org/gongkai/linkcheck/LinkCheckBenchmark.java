package org.gongkai.linkcheck;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the offline check of a built site, several runs in one JVM, so that the first (cold) run
 * and the warm ones can be told apart; prints pages/s and links/s of each. Not a test: run it by
 * hand on a large site (the README of the benchmark corpus says how to make one).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gongkai.linkcheck.LinkCheckBenchmark \
 *     /tmp/lc-corpus/site https://budget.example.gov.cn/ 5
 * </pre>
 */
public final class LinkCheckBenchmark {
    private LinkCheckBenchmark() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LinkCheckBenchmark DIR [BASE_URL] [RUNS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        LinkChecker.Builder b = LinkChecker.builder();
        if (args.length > 1) {
            b.baseUrl(URI.create(args[1]));
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        LinkChecker checker = b.build();
        OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            Report r = checker.check(dir);
            double s = Math.max(r.millis(), 1) / 1000.0;
            // CPU time beside wall time: on a shared machine the wall time says more about the
            // neighbours than about the checker.
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "run %d: %d pages, %d links, %d findings in %.2f s (%.2f s CPU): %.0f"
                                + " pages/s, %.0f links/s",
                            run,
                            r.pages(),
                            r.links(),
                            r.findings().size(),
                            s,
                            cpuSeconds,
                            r.pages() / s,
                            r.links() / s));
        }
    }
}
