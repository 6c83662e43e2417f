package org.gongkai.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code gongkai build} in a second JVM started with the options that suit a build, since a
 * jar's manifest cannot carry JVM options and {@code java -jar gongkai.jar build} is how people and
 * scripts start it. Measured on 2 cores (1,000 and 10,000 pages): the C2 compiler spent as much CPU
 * as the build itself and G1 kept three times the memory, so the build runs with C1 only and the
 * serial collector; starting the second JVM costs about 0.1 s. Any JVM option given to the first
 * JVM is passed on after ours, so it wins. No second JVM when {@code GONGKAI_RELAUNCH=0}, when this
 * JVM is already the second one, or when the command line of this process cannot be read.
 */
final class Relaunch {
    /** Set on the second JVM, so that it does not start a third. */
    static final String MARK = "-Dgongkai.relaunched=true";

    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Relaunch() {}

    /** The exit code of the build run in a second JVM, or empty to run it in this one. */
    static Optional<Integer> run(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        boolean relaunched = System.getProperty("gongkai.relaunched") != null;
        Optional<ClassArchive> archive =
                relaunched ? Optional.empty() : ClassArchive.forBuild(args);
        Optional<List<String>> command =
                command(
                        args,
                        self.command(),
                        self.arguments().map(List::of),
                        System.getenv(),
                        relaunched,
                        archive.map(ClassArchive::options).orElse(List.of()));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        archive.ifPresent(ClassArchive::clearIfStale);
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty(); // build in this JVM, just with its own options
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int exit = child.waitFor();
            archive.ifPresent(ClassArchive::made);
            return Optional.of(exit);
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(ExitCode.USAGE);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down: the hook stops the child
            }
        }
    }

    /**
     * The command line of the second JVM: this process's own (the java program and its arguments)
     * with {@link #OPTIONS}, {@code archive} (the options of a {@link ClassArchive}) and {@link
     * #MARK} before them. Empty when no second JVM is wanted or the command line is unknown.
     */
    static Optional<List<String>> command(
            String[] args,
            Optional<String> java,
            Optional<List<String>> javaArgs,
            Map<String, String> env,
            boolean relaunched,
            List<String> archive) {
        if (relaunched
                || "0".equals(env.get("GONGKAI_RELAUNCH"))
                || args.length == 0
                || !args[0].equals("build")
                || java.isEmpty()
                || javaArgs.isEmpty()) {
            return Optional.empty();
        }
        List<String> given = javaArgs.get();
        // The arguments of this process must end with ours; else it was started in a way we
        // cannot repeat (an embedding launcher, a shell wrapper that rewrote them).
        if (given.size() < args.length
                || !given.subList(given.size() - args.length, given.size()).equals(List.of(args))) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add(java.get());
        out.addAll(OPTIONS);
        out.addAll(archive);
        out.add(MARK);
        out.addAll(given);
        return Optional.of(List.copyOf(out));
    }
}
