package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongkai.pipeline.BuildOptions;
import org.gongkai.pipeline.BuildResult;
import org.gongkai.pipeline.Progress;
import org.gongkai.pipeline.SiteBuild;
import org.gongkai.problem.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai build}: builds the site, checks its links, and swaps it in. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Builds the site in --source into --output, then checks its links.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "site folder (default: .)")
    Path source = Path.of(".");

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "output folder (default: <source>/site)")
    Path output;

    @Option(names = "--strict", description = "treat reconciliation findings as errors")
    boolean strict;

    @Option(names = "--no-check", description = "do not run the link checker on the output")
    boolean noCheck;

    @Option(names = "--stats", description = "print pages per second and the peak heap")
    boolean stats;

    @Option(
            names = "--no-cache",
            description =
                    "build everything, without reading or keeping the cache beside the output")
    boolean noCache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output != null ? output : source.resolve("site");
        Progress progress = new ConsoleProgress(err, System.console() != null);
        BuildResult r =
                new SiteBuild(progress)
                        .run(new BuildOptions(source, target, strict, !noCheck, true, !noCache));
        ProblemPrinter.print(r.problems(), r.locale(), err);
        String seconds = String.format(Locale.ROOT, "%.2f", r.millis() / 1000.0);
        if (r.exitCode() == 0) {
            Message done =
                    r.incremental()
                            ? Message.of(
                                    "build.incremental",
                                    target,
                                    r.files(),
                                    r.deleted(),
                                    r.pages(),
                                    r.warnings(),
                                    seconds)
                            : Message.of(
                                    "build.done",
                                    r.pages(),
                                    r.files(),
                                    target,
                                    r.warnings(),
                                    seconds);
            out.println(done.format(r.locale()));
            out.println(Message.of("build.phases", r.timings().summary()).format(r.locale()));
            if (stats) {
                err.println(BuildStats.line(r));
            }
        } else {
            err.println(Message.of("build.failed", seconds, target).format(r.locale()));
        }
        return r.exitCode();
    }
}
