package org.gongkai.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import org.gongkai.cache.BuildCache;

/**
 * Class-data sharing for incremental builds. A rebuild of one page does a second of work in a JVM
 * that has just started, and loading and verifying its 3,000 classes is a fifth of it; a dynamic
 * archive of them (the JDK's {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile})
 * saves most of that. The archive is kept in the build cache ({@code jvm.jsa}, with {@code
 * jvm.stamp} naming the Java runtime and the jar it was made with), and used only when an
 * incremental build is expected: the output and the cache's state exist. So a clean build, after
 * the output was deleted, never uses one, and the first rebuild after a new jar or Java makes it
 * (at exit, which costs that run half a second or so). The JVM checks the archive itself too, and
 * silently does without it when it does not fit.
 */
final class ClassArchive {
    /** The JVM's messages about the archive are left out: a rebuild works the same without it. */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path stamp;
    private final String expected;
    private final boolean fits;

    /**
     * @param folder the cache folder
     * @param expected what the stamp of a fitting archive says
     */
    ClassArchive(Path folder, String expected) {
        this.archive = folder.resolve("jvm.jsa");
        this.stamp = folder.resolve("jvm.stamp");
        this.expected = expected;
        this.fits = Files.isRegularFile(archive) && expected.equals(read(stamp));
    }

    /**
     * The archive for the build {@code args} ask for, when it is expected to be incremental and
     * this JVM runs from a jar.
     */
    static Optional<ClassArchive> forBuild(String[] args) {
        Optional<Path> output = output(args);
        Optional<Path> jar = jar();
        if (output.isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        Path folder = BuildCache.beside(output.get()).folder();
        if (!Files.isDirectory(output.get()) || !Files.isRegularFile(folder.resolve("state.bin"))) {
            return Optional.empty();
        }
        try {
            Path j = jar.get().toAbsolutePath();
            String expected =
                    "java.home="
                            + System.getProperty("java.home")
                            + "\njava.vm.version="
                            + System.getProperty("java.vm.version")
                            + "\njar="
                            + j
                            + " "
                            + Files.size(j)
                            + " "
                            + Files.getLastModifiedTime(j).toMillis()
                            + "\n";
            return Optional.of(new ClassArchive(folder, expected));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JVM options: use the archive when it fits, else make it at exit. */
    List<String> options() {
        String option = fits ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=";
        return List.of(option + archive, QUIET.get(0), QUIET.get(1));
    }

    /** Called when the build's JVM has exited: a new archive is stamped with what it fits. */
    void made() {
        if (fits || !Files.isRegularFile(archive)) {
            return;
        }
        try {
            Files.writeString(stamp, expected, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // without a stamp the archive is made again next time: slower, never wrong
        }
    }

    /** Before a new archive is made: the old one and its stamp go. */
    void clearIfStale() {
        if (fits) {
            return;
        }
        try {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            // the JVM then writes over it, or does without
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The jar this JVM runs from; empty when it runs from a folder of classes. */
    private static Optional<Path> jar() {
        CodeSource source = ClassArchive.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The output folder of {@code build} arguments, as {@link BuildCommand} reads them ({@code
     * --source DIR}, {@code --output DIR}, either also with {@code =}); empty for {@code
     * --no-cache}, help, or anything it does not know.
     */
    static Optional<Path> output(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        String source = ".";
        String output = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            String name = value == null ? a : a.substring(0, a.indexOf('='));
            switch (name) {
                case "--source", "--output" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return Optional.empty();
                        }
                        value = args[++i];
                    }
                    if (name.equals("--source")) {
                        source = value;
                    } else {
                        output = value;
                    }
                }
                case "--strict", "--no-check", "--stats" -> {
                    // no bearing on where the output is
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(output != null ? Path.of(output) : Path.of(source).resolve("site"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
