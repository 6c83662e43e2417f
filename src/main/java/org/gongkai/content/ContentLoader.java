package org.gongkai.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.gongkai.config.SiteConfig;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.Disclosure;
import org.gongkai.model.HomeIntro;
import org.gongkai.model.Narrative;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.ProblemList;
import org.gongkai.yaml.Fields;
import org.gongkai.yaml.Limits;
import org.gongkai.yaml.Located;
import org.gongkai.yaml.Reporter;
import org.gongkai.yaml.YamlNode;
import org.gongkai.yaml.YamlReader;

/**
 * Reads content files into the model: file, front matter, YAML, Markdown. Built once per build and
 * shared by the threads that read files in parallel.
 *
 * <pre>
 * ContentLoader loader = new ContentLoader(config);
 * Loaded&lt;Disclosure&gt; d = loader.disclosure(file);
 * </pre>
 */
public final class ContentLoader {
    private static final List<String> PROFILE_KEYS =
            List.of("department", "region", "functions", "units");
    private static final List<String> HOME_KEYS = List.of("title");

    private final YamlReader yaml = new YamlReader();
    private final DisclosureReader disclosures;
    private final MarkdownParser markdown;

    public ContentLoader(SiteConfig config) {
        this.disclosures = new DisclosureReader(config);
        this.markdown = new MarkdownParser(config.basePath());
    }

    public Loaded<Disclosure> disclosure(SourceFile file) {
        ProblemList problems = new ProblemList();
        Reporter r = new Reporter(file.name(), problems);
        Optional<Disclosure> d =
                text(file, r)
                        .flatMap(t -> FrontMatter.split(t, r))
                        .flatMap(
                                fm ->
                                        yaml.read(fm.yaml(), file.name(), fm.yamlLine(), problems)
                                                .or(
                                                        () -> {
                                                            if (!problems.hasErrors()) {
                                                                r.error(
                                                                        "front-matter",
                                                                        Pos.of(1, 1),
                                                                        "",
                                                                        Message.of("front.empty"));
                                                            }
                                                            return Optional.empty();
                                                        })
                                                .flatMap(
                                                        root ->
                                                                disclosures.read(
                                                                        root,
                                                                        file.name(),
                                                                        file.slug(),
                                                                        file.year(),
                                                                        narrative(
                                                                                fm.body(),
                                                                                fm.bodyLine(),
                                                                                r),
                                                                        r)));
        return new Loaded<>(problems.hasErrors() ? Optional.empty() : d, problems.sorted());
    }

    public Loaded<DepartmentProfile> profile(SourceFile file) {
        ProblemList problems = new ProblemList();
        Reporter r = new Reporter(file.name(), problems);
        Optional<DepartmentProfile> profile =
                text(file, r)
                        .flatMap(t -> optionalFrontMatter(t, file, r))
                        .map(
                                page -> {
                                    Optional<Fields> f = page.fields;
                                    f.ifPresent(ff -> ff.allowOnly(PROFILE_KEYS));
                                    return new DepartmentProfile(
                                            file.slug(),
                                            f.flatMap(ff -> ff.text("department"))
                                                    .map(Located::value),
                                            f.flatMap(ff -> ff.text("region")).map(Located::value),
                                            f.map(ff -> textList(ff, "functions"))
                                                    .orElse(List.of()),
                                            f.map(ff -> textList(ff, "units")).orElse(List.of()),
                                            page.body);
                                });
        return new Loaded<>(problems.hasErrors() ? Optional.empty() : profile, problems.sorted());
    }

    public Loaded<HomeIntro> home(SourceFile file) {
        ProblemList problems = new ProblemList();
        Reporter r = new Reporter(file.name(), problems);
        Optional<HomeIntro> home =
                text(file, r)
                        .flatMap(t -> optionalFrontMatter(t, file, r))
                        .map(
                                page -> {
                                    page.fields.ifPresent(ff -> ff.allowOnly(HOME_KEYS));
                                    return new HomeIntro(
                                            page.fields
                                                    .flatMap(ff -> ff.text("title"))
                                                    .map(Located::value),
                                            page.body);
                                });
        return new Loaded<>(problems.hasErrors() ? Optional.empty() : home, problems.sorted());
    }

    private static List<String> textList(Fields f, String key) {
        return f.list(key, (n, p) -> Fields.textAt(n, p, f.reporter()).map(Located::value));
    }

    /** An {@code _index.md}: front matter is optional there, the whole file is then the body. */
    private Optional<Page> optionalFrontMatter(String text, SourceFile file, Reporter r) {
        String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (stripped.isBlank()) {
            return Optional.of(new Page(Optional.empty(), Narrative.EMPTY));
        }
        if (!stripped.startsWith("---")) {
            return Optional.of(
                    new Page(Optional.empty(), narrative(stripped.replace("\r\n", "\n"), 1, r)));
        }
        return FrontMatter.split(stripped, r)
                .flatMap(
                        fm -> {
                            Optional<YamlNode> root =
                                    yaml.read(fm.yaml(), file.name(), fm.yamlLine(), r.problems());
                            if (r.problems().hasErrors()) {
                                return Optional.empty();
                            }
                            Optional<Fields> fields = root.flatMap(n -> Fields.of(n, "", r));
                            return Optional.of(
                                    new Page(fields, narrative(fm.body(), fm.bodyLine(), r)));
                        });
    }

    private record Page(Optional<Fields> fields, Narrative body) {}

    /**
     * The parsed narrative. The Markdown parser recurses once per level of nesting (block quotes,
     * lists, brackets, emphasis), so a body nested thousands of levels deep, which fits in a file
     * of the allowed size, would exhaust the stack: nesting beyond the limit is reported like the
     * YAML limits, with an empty narrative. Should some other construct still exhaust the stack,
     * that is reported the same way rather than ending the build with a stack trace.
     */
    private Narrative narrative(String body, int firstLine, Reporter r) {
        Optional<int[]> deep = MarkdownNesting.tooDeep(body);
        if (deep.isPresent()) {
            r.error(
                    "limit",
                    Pos.of(firstLine + deep.get()[0], 1),
                    "",
                    Message.of("limit.markdown", Limits.MAX_MARKDOWN_NESTING, deep.get()[1]));
            return Narrative.EMPTY;
        }
        try {
            return markdown.parse(body, firstLine);
        } catch (StackOverflowError e) {
            r.error(
                    "limit",
                    Pos.of(firstLine, 1),
                    "",
                    Message.of("limit.markdown.stack", Limits.MAX_MARKDOWN_NESTING));
            return Narrative.EMPTY;
        }
    }

    /** The file as UTF-8 text, refusing files that are too large, unreadable or not UTF-8. */
    private static Optional<String> text(SourceFile file, Reporter r) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > Limits.MAX_FILE_BYTES) {
                r.error(
                        "limit",
                        Pos.of(1, 1),
                        "",
                        Message.of("limit.size", size, Limits.MAX_FILE_BYTES));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            // A file that vanished or cannot be opened is a problem of the site, named like the
            // others, not a crash of the build.
            r.error(
                    "unreadable",
                    Pos.of(1, 1),
                    "",
                    Message.of("file.unreadable", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            r.error("encoding", firstBadByte(bytes), "", Message.of("file.encoding"));
            return Optional.empty();
        }
    }

    /**
     * Where the first byte that is not UTF-8 is: its line, and the character it starts on that
     * line.
     */
    private static Pos firstBadByte(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(ByteBuffer.wrap(bytes), out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Pos.of(line, column);
    }
}
