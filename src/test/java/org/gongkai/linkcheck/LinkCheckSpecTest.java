package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: each {@code specs/linkcheck/*.case} file is a small site and the report it must give.
 *
 * <pre>
 * # what the case shows (comment lines start with #)
 * base_url: https://budget.example.gov.cn/budget/    (optional; also ignore: REGEX, repeatable)
 * === index.html                                     (a file of the site, up to the next ===)
 * &lt;a href="missing.html"&gt;x&lt;/a&gt;
 * === gbk.html (gb18030)                              (written in that charset instead of UTF-8)
 * === empty-folder/                                   (a folder)
 * === expected
 * checked 1 file, 1 link
 * error index.html:1:4 "missing.html" there is no missing.html in the site
 * </pre>
 *
 * Run with {@code -Dgongkai.updateSpecs=true} to write the actual reports into the files, then read
 * every change before committing it.
 */
class LinkCheckSpecTest {
    static final Path SPECS = Path.of("src/test/resources/specs/linkcheck");

    @TempDir Path site;

    static Stream<Path> cases() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SPECS)) {
            files = s.filter(p -> p.toString().endsWith(".case")).sorted().toList();
        }
        assertThat(files).as("link checker cases").hasSizeGreaterThanOrEqualTo(60);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void siteGivesItsReport(Path spec) throws IOException {
        SpecCase c = SpecCase.read(spec);
        c.write(site);
        String actual = render(c.checker().check(site));
        if (Boolean.getBoolean("gongkai.updateSpecs")) {
            Files.writeString(spec, c.withExpected(actual), StandardCharsets.UTF_8);
        }
        assertThat(actual).as(spec.getFileName().toString()).isEqualTo(c.expected());
    }

    static String render(Report r) {
        StringBuilder sb =
                new StringBuilder(
                        "checked "
                                + r.files().size()
                                + (r.files().size() == 1 ? " file, " : " files, ")
                                + r.links()
                                + (r.links() == 1 ? " link\n" : " links\n"));
        for (LinkFinding f : r.findings()) {
            sb.append(f.severity().label())
                    .append(' ')
                    .append(f.file())
                    .append(':')
                    .append(f.line())
                    .append(':')
                    .append(f.column())
                    .append(' ')
                    .append(quote(f.url()))
                    .append(' ')
                    .append(f.reasonText(Locale.ENGLISH))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t")
                + "\"";
    }
}
