package org.gongkai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner stands in for jsoup, so it must agree with it: on every page of the corpus and on
 * pages the build writes, each attribute reference it finds is one jsoup finds, at the same line
 * and column with the same value; and each reference jsoup sees in an element the checker reads is
 * one the scanner finds too.
 */
class JsoupAgreementTest {
    /** Attributes whose reference is located at the attribute's name, as jsoup locates it. */
    private static final Set<String> PLAIN =
            Set.of("href", "src", "cite", "data", "poster", "xlink:href");

    /** Elements whose plain attribute the checker always reads (link and input depend on more). */
    private static final Map<String, Set<String>> ALWAYS =
            Map.ofEntries(
                    Map.entry("a", Set.of("href")),
                    Map.entry("area", Set.of("href")),
                    Map.entry("img", Set.of("src")),
                    Map.entry("script", Set.of("src")),
                    Map.entry("iframe", Set.of("src")),
                    Map.entry("frame", Set.of("src")),
                    Map.entry("source", Set.of("src")),
                    Map.entry("track", Set.of("src")),
                    Map.entry("audio", Set.of("src")),
                    Map.entry("video", Set.of("src", "poster")),
                    Map.entry("object", Set.of("data")),
                    Map.entry("embed", Set.of("src")),
                    Map.entry("blockquote", Set.of("cite")),
                    Map.entry("q", Set.of("cite")),
                    Map.entry("del", Set.of("cite")),
                    Map.entry("ins", Set.of("cite")),
                    Map.entry("use", Set.of("href")));

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(LinkCheckSpecTest.SPECS)) {
            for (Path spec : s.filter(p -> p.toString().endsWith(".case")).sorted().toList()) {
                for (Map.Entry<String, byte[]> f : SpecCase.read(spec).files().entrySet()) {
                    if (f.getValue() != null && SiteIndex.isPage(f.getKey())) {
                        pages.add(
                                Arguments.of(spec.getFileName() + "/" + f.getKey(), f.getValue()));
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/specs/linkcheck-pages"))) {
            for (Path p : s.sorted().toList()) {
                pages.add(Arguments.of(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        assertThat(pages).hasSizeGreaterThan(60);
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void scannerFindsWhatJsoupFindsWhereJsoupFindsIt(String name, byte[] bytes) {
        PageBytes page = PageBytes.of(bytes, bytes.length);
        Locator locator = new Locator(page.bytes(), page.start());
        List<String> scanned = new ArrayList<>();
        for (Ref r : HtmlScanner.scan(name, page).refs()) {
            if (PLAIN.contains(r.attr())) {
                scanned.add(
                        locator.line(r.offset())
                                + ":"
                                + locator.column(r.offset())
                                + " "
                                + r.attr()
                                + "="
                                + r.url());
            }
        }
        Parser parser = Parser.htmlParser();
        parser.setTrackPosition(true);
        String text =
                new String(
                        page.bytes(),
                        page.start(),
                        page.end() - page.start(),
                        StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(text, "", parser);
        List<String> parsed = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (!PLAIN.contains(a.getKey())) {
                    continue;
                }
                var start = a.sourceRange().nameRange().start();
                String ref =
                        start.lineNumber()
                                + ":"
                                + start.columnNumber()
                                + " "
                                + a.getKey()
                                + "="
                                + a.getValue();
                parsed.add(ref);
                if (ALWAYS.getOrDefault(e.normalName(), Set.of()).contains(a.getKey())
                        && !ignored(e)) {
                    read.add(ref);
                }
            }
        }
        assertThat(parsed).as("references jsoup finds in " + name).containsAll(scanned);
        assertThat(scanned).as("references the scanner finds in " + name).containsAll(read);
    }

    private static boolean ignored(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("data-check-ignore")) {
                return true;
            }
        }
        return false;
    }
}
