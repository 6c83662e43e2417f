package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.check.Reconciler;
import org.gongkai.config.Language;
import org.gongkai.config.SiteConfig;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Loaded;
import org.gongkai.content.SourceFile;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec: a content file in ({@code specs/model/<slug>--<year>.md}), the normalised disclosure out
 * ({@code <same name>.json}, exactly what the build writes as {@code data.json}).
 */
class DataJsonSpecTest {
    static final Path SPECS = Path.of("src/test/resources/specs/model");
    static final SiteConfig CONFIG =
            new SiteConfig(
                    "t",
                    URI.create("https://x.gov.cn/"),
                    Language.ZH_CN,
                    "default",
                    "万元",
                    new BigDecimal("0.01"),
                    List.of());

    static Stream<Path> specs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SPECS)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).as("spec files").hasSizeGreaterThanOrEqualTo(3);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void contentFileGivesItsDataJson(Path spec) throws IOException {
        String name = spec.getFileName().toString().replace(".md", "");
        String slug = name.substring(0, name.indexOf("--"));
        int year = Integer.parseInt(name.substring(name.indexOf("--") + 2));
        Loaded<Disclosure> loaded =
                new ContentLoader(CONFIG)
                        .disclosure(
                                new SourceFile(
                                        spec, "content/" + slug + "/" + year + ".md", slug, year));
        assertThat(loaded.hasErrors()).as("%s", loaded.problems()).isFalse();
        Derived d = Derived.of(loaded.value().orElseThrow());
        List<Finding> findings = new Reconciler(CONFIG.tolerance()).check(d);
        String actual = new String(new DataJson().json(d, findings), StandardCharsets.UTF_8);
        Path expected = SPECS.resolve(name + ".json");
        if (Boolean.getBoolean("gongkai.updateSpecs")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
