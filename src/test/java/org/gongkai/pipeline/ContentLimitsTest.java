package org.gongkai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Content files that cannot be written in a spec file: too large, or not UTF-8. */
class ContentLimitsTest {
    @TempDir Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void refusesAFileLargerThanTheLimitWithoutReadingIt() throws IOException {
        String disclosure =
                "---\ndepartment: 泸县总工会\nyear: 2023\nkind: budget\n---\n" + "正文".repeat(400_000);
        write(disclosure.getBytes(StandardCharsets.UTF_8));

        assertThat(validate())
                .containsExactly(
                        "error: content/ab/2023.md:1:1: expected at most 2097152 bytes, found"
                                + " 2400060 bytes: this is the limit for a content file");
    }

    @Test
    void refusesTextThatIsNotUtf8AtTheFirstBadCharacter() throws IOException {
        String disclosure =
                "---\ndepartment: 泸县总工会\nyear: 2023\nkind: budget\n---\n正文第一行。\n第二行：住房公积金6万元。\n";
        write(disclosure.getBytes(Charset.forName("GB18030")));

        assertThat(validate())
                .containsExactly(
                        "error: content/ab/2023.md:2:13: expected UTF-8 text, found a byte that is"
                                + " not UTF-8 here: save the file as UTF-8");
    }

    private void write(byte[] disclosure) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), SpecExample.SITE_YAML);
        Files.createDirectories(dir.resolve("content/ab"));
        Files.write(dir.resolve("content/ab/2023.md"), disclosure);
    }

    private List<String> validate() {
        BuildResult r = new SiteBuild().run(BuildOptions.validate(dir, false));
        return r.problems().stream()
                .map(p -> p.severity().label() + ": " + p.format(Locale.ENGLISH))
                .toList();
    }
}
