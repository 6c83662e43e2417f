package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai}: builds, checks and validates budget disclosure sites. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Publishes public budget disclosures as a static website.",
        subcommands = {BuildCommand.class, CheckCommand.class, ValidateCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Optional<Integer> relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        System.exit(
                run(
                        args,
                        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    err.println(ex.getMessage());
                    ex.getCommandLine().usage(err);
                    return ExitCode.USAGE;
                });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is needed: build, check or validate");
    }

    /** The version from the jar's manifest ({@code dev} when running from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai " + (v == null ? "dev" : v)};
        }
    }
}
