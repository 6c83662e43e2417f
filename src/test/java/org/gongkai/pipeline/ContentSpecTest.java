package org.gongkai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of the spec files in {@code src/test/resources/spec/} through {@code validate}
 * and compares the problems, printed one per line, with the expected lines.
 */
class ContentSpecTest {
    @TempDir Path dir;

    static Stream<SpecExample> examples() {
        return SpecExample.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reportsExactlyTheExpectedProblems(SpecExample example) throws IOException {
        example.writeTo(dir);

        BuildResult result = new SiteBuild().run(BuildOptions.validate(dir, example.strict()));

        List<String> printed = result.problems().stream().map(p -> line(p, result)).toList();
        assertThat(printed)
                .as("problems of %s, input:%n%s", example, example.files())
                .containsExactlyElementsOf(example.expected());
        assertThat(result.exitCode())
                .isEqualTo(printed.stream().anyMatch(l -> l.startsWith("error")) ? 1 : 0);
        assertThat(Files.exists(dir.resolve("site"))).as("validate writes nothing").isFalse();
    }

    @Test
    void corpusHoldsAtLeastFortyMistakes() {
        long errors =
                SpecExample.all()
                        .filter(e -> e.expected().stream().anyMatch(l -> l.startsWith("error")))
                        .count();
        assertThat(errors).isGreaterThanOrEqualTo(40);
    }

    private static String line(Problem p, BuildResult r) {
        return p.severity().label() + ": " + p.format(r.locale());
    }
}
