package org.gongkai.linkcheck;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the offline check of a built site, several runs in one JVM, so that the first (cold) run
 * and the warm ones can be told apart; prints pages/s and links/s of each, with the CPU time beside
 * the wall time (on a shared machine the wall time says more about the neighbours than about the
 * checker). Not a test, beyond {@code LinkCheckBenchmarkTest}'s smoke run: run it by hand on a
 * large site. To make the 10,000-page one: {@code python3 gen_corpus.py --departments 500 --years
 * 20 --seed 42 --out /tmp/lc-corpus} (the shared benchmark corpus), a {@code site.yaml} there, then
 * {@code gongkai build --source /tmp/lc-corpus --no-check}.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.gongkai.linkcheck.LinkCheckBenchmark /tmp/lc-corpus/site https://budget.example.gov.cn/ 5
 * </pre>
 */
public final class LinkCheckBenchmark {
    private LinkCheckBenchmark() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LinkCheckBenchmark DIR [BASE_URL] [RUNS]");
            System.exit(2);
        }
        LinkChecker.Builder b = LinkChecker.builder();
        if (args.length > 1) {
            b.baseUrl(URI.create(args[1]));
        }
        run(
                b.build(),
                Path.of(args[0]),
                args.length > 2 ? Integer.parseInt(args[2]) : 5,
                System.out);
    }

    /** Checks {@code dir} {@code runs} times, printing one line per run. */
    static void run(LinkChecker checker, Path dir, int runs, PrintStream out) {
        OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            Report r = checker.check(dir);
            double s = Math.max(r.millis(), 1) / 1000.0;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            out.println(
                    String.format(
                            Locale.ROOT,
                            "run %d: %d pages, %d links, %d findings in %.2f s (%.2f s CPU):"
                                    + " %.0f pages/s, %.0f links/s",
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
