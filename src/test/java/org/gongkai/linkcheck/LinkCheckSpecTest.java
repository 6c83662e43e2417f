package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Run with {@code -Dgongkai.updateSpecs=true} to write the actual reports into the files, then
 * read every change before committing it.
 */
class LinkCheckSpecTest {
    static final Path SPECS = Path.of("src/test/resources/specs/linkcheck");
    private static final String SECTION = "=== ";

    @TempDir
    Path site;

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
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        LinkChecker.Builder checker = LinkChecker.builder();
        List<String> ignore = new ArrayList<>();
        String expected = null;
        String[] parts = ("\n" + text).split("\n" + SECTION);
        for (String header : parts[0].split("\n")) {
            if (header.startsWith("base_url: ")) {
                checker.baseUrl(URI.create(header.substring("base_url: ".length()).strip()));
            } else if (header.startsWith("ignore: ")) {
                ignore.add(header.substring("ignore: ".length()));
            } else if (!header.isBlank() && !header.startsWith("#")) {
                throw new IllegalArgumentException(spec + ": unknown header line " + header);
            }
        }
        assertThat(parts.length).as("%s has sections", spec).isGreaterThan(1);
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            String name = (eol < 0 ? parts[i] : parts[i].substring(0, eol)).strip();
            String body = eol < 0 ? "" : parts[i].substring(eol + 1);
            if (name.equals("expected")) {
                expected = body;
            } else {
                write(name, body);
            }
        }
        assertThat(expected).as("%s has an expected section", spec).isNotNull();
        Report report = checker.ignore(ignore).build().check(site);
        String actual = render(report);
        if (Boolean.getBoolean("gongkai.updateSpecs")) {
            Files.writeString(spec, text.substring(0, text.lastIndexOf(SECTION + "expected\n")) + SECTION + "expected\n" + actual);
        }
        assertThat(actual).as(spec.getFileName().toString()).isEqualTo(expected);
    }

    private void write(String name, String body) throws IOException {
        if (name.endsWith("/")) {
            Files.createDirectories(site.resolve(name));
            return;
        }
        Charset charset = StandardCharsets.UTF_8;
        if (name.endsWith(")")) {
            charset = Charset.forName(name.substring(name.lastIndexOf(" (") + 2, name.length() - 1));
            name = name.substring(0, name.lastIndexOf(" ("));
        }
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, body.getBytes(charset));
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder("checked " + r.files().size() + (r.files().size() == 1 ? " file, " : " files, ")
                + r.links() + (r.links() == 1 ? " link\n" : " links\n"));
        for (LinkFinding f : r.findings()) {
            sb.append(f.severity().label()).append(' ').append(f.file()).append(':').append(f.line()).append(':')
                    .append(f.column()).append(' ').append(quote(f.url())).append(' ')
                    .append(f.reasonText(Locale.ENGLISH)).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
