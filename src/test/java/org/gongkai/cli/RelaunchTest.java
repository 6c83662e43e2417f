package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a build runs in a second JVM, and with which command line. */
class RelaunchTest {
    static final String[] BUILD = {"build", "--source", "site"};
    static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/bin/java");

    static Optional<List<String>> command(
            String[] args, List<String> javaArgs, Map<String, String> env, boolean relaunched) {
        return Relaunch.command(args, JAVA, Optional.of(javaArgs), env, relaunched, List.of());
    }

    @Test
    void repeatsThisCommandLineWithTheBuildOptionsFirstSoThatTheUsersWin() {
        assertThat(
                        command(
                                BUILD,
                                List.of("-Xmx1g", "-jar", "g.jar", "build", "--source", "site"),
                                Map.of(),
                                false))
                .contains(
                        List.of(
                                "/usr/lib/jvm/bin/java",
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-Dgongkai.relaunched=true",
                                "-Xmx1g",
                                "-jar",
                                "g.jar",
                                "build",
                                "--source",
                                "site"));
    }

    @Test
    void placesTheClassArchiveOptionsAfterTheBuildOptions() {
        assertThat(
                        Relaunch.command(
                                BUILD,
                                JAVA,
                                Optional.of(List.of("-jar", "g.jar", "build", "--source", "site")),
                                Map.of(),
                                false,
                                List.of("-XX:SharedArchiveFile=a.jsa")))
                .contains(
                        List.of(
                                "/usr/lib/jvm/bin/java",
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-XX:SharedArchiveFile=a.jsa",
                                "-Dgongkai.relaunched=true",
                                "-jar",
                                "g.jar",
                                "build",
                                "--source",
                                "site"));
    }

    @Test
    void buildsInThisJvmWhenAskedOrAlreadyRelaunchedOrNotBuilding() {
        List<String> javaArgs = List.of("-jar", "g.jar", "build", "--source", "site");
        assertThat(command(BUILD, javaArgs, Map.of("GONGKAI_RELAUNCH", "0"), false)).isEmpty();
        assertThat(command(BUILD, javaArgs, Map.of(), true)).isEmpty();
        assertThat(
                        command(
                                new String[] {"check", "site"},
                                List.of("-jar", "g.jar", "check", "site"),
                                Map.of(),
                                false))
                .isEmpty();
        assertThat(command(new String[0], List.of("-jar", "g.jar"), Map.of(), false)).isEmpty();
    }

    @Test
    void buildsInThisJvmWhenItsCommandLineIsUnknownOrDoesNotEndWithTheArguments() {
        assertThat(
                        Relaunch.command(
                                BUILD,
                                Optional.empty(),
                                Optional.of(List.of("build")),
                                Map.of(),
                                false,
                                List.of()))
                .isEmpty();
        assertThat(Relaunch.command(BUILD, JAVA, Optional.empty(), Map.of(), false, List.of()))
                .isEmpty();
        assertThat(
                        command(
                                BUILD,
                                List.of("-jar", "g.jar", "build", "--source", "other"),
                                Map.of(),
                                false))
                .isEmpty();
        assertThat(command(BUILD, List.of("site"), Map.of(), false)).isEmpty();
    }
}
