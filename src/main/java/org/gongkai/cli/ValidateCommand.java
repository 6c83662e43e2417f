package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.pipeline.BuildOptions;
import org.gongkai.pipeline.BuildResult;
import org.gongkai.pipeline.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai validate}: runs every check of a build (configuration, names, front matter,
 * reconciliation) and writes nothing. Exit 0 when there is no error, 1 otherwise; findings are
 * warnings, or errors with {@code --strict}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Runs every check on the site in --source without writing any output.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "site folder (default: .)")
    Path source = Path.of(".");

    @Option(names = "--strict", description = "treat reconciliation findings as errors")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json")
    String format = "text";

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be text or json, found " + format);
        }
        PrintWriter out = spec.commandLine().getOut();
        BuildResult r = new SiteBuild().run(BuildOptions.validate(source, strict));
        if (format.equals("json")) {
            out.println(ProblemJson.json(r.problems(), r.locale()));
        } else {
            ProblemPrinter.print(r.problems(), r.locale(), out);
            if (r.problems().isEmpty()) {
                out.println(ProblemPrinter.count(r.problems(), r.locale()));
            }
        }
        out.flush();
        return r.errors() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }
}
