package org.gongkai.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.ProblemList;
import org.gongkai.yaml.Fields;
import org.gongkai.yaml.Located;
import org.gongkai.yaml.Reporter;
import org.gongkai.yaml.YamlNode;
import org.gongkai.yaml.YamlReader;

/** Reads {@code site.yaml} from a site folder. Thread-safe. */
public final class SiteConfigReader {
    static final String FILE = "site.yaml";
    private static final List<String> KEYS =
            List.of("title", "base_url", "language", "theme", "unit", "tolerance", "check");

    private final YamlReader yaml = new YamlReader();

    /**
     * The configuration of the site in {@code siteDir}.
     *
     * @throws ConfigException when the file is missing or a value is wrong; warnings (unknown keys)
     *     are added to {@code warnings}
     */
    public SiteConfig read(Path siteDir, ProblemList warnings) throws ConfigException {
        ProblemList problems = new ProblemList();
        Reporter r = new Reporter(FILE, problems);
        String text;
        try {
            text = Files.readString(siteDir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(
                    List.of(
                            Problem.error(
                                    "config",
                                    FILE,
                                    Pos.NONE,
                                    "",
                                    Message.of(
                                            "config.missing",
                                            siteDir.toAbsolutePath().normalize()))));
        } catch (IOException e) {
            throw new ConfigException(
                    List.of(
                            Problem.error(
                                    "config",
                                    FILE,
                                    Pos.NONE,
                                    "",
                                    Message.of("config.unreadable", e.getMessage()))));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<YamlNode> root = yaml.read(text, FILE, 1, problems);
        if (root.isEmpty() && !problems.hasErrors()) {
            r.error("config", Pos.NONE, "", Message.of("config.empty"));
        }
        SiteConfig config = null;
        if (root.isPresent()) {
            config = Fields.of(root.get(), "", r).map(SiteConfigReader::toConfig).orElse(null);
        }
        if (problems.hasErrors() || config == null) {
            throw new ConfigException(problems.sorted().stream().filter(Problem::isError).toList());
        }
        warnings.addAll(problems.sorted());
        return config;
    }

    private static SiteConfig toConfig(Fields f) {
        Reporter r = f.reporter();
        f.allowOnly(KEYS);
        f.require("title");
        f.require("base_url");
        String title = f.text("title").map(Located::value).orElse("");
        URI base =
                f.text("base_url")
                        .flatMap(u -> baseUrl(u, r))
                        .orElse(URI.create("http://localhost/"));
        Language language =
                f.text("language")
                        .flatMap(
                                l -> {
                                    Optional<Language> lang = Language.ofTag(l.value());
                                    if (lang.isEmpty()) {
                                        r.error(
                                                "config",
                                                l.pos(),
                                                l.path(),
                                                Message.of(
                                                        "config.language",
                                                        l.value(),
                                                        Language.tags()));
                                    }
                                    return lang;
                                })
                        .orElse(Language.ZH_CN);
        String theme = f.text("theme").map(Located::value).orElse("default");
        if (!theme.matches("[a-z0-9][a-z0-9-]*")) {
            r.error(
                    "config",
                    f.node("theme").get().pos(),
                    "theme",
                    Message.of("config.theme", theme));
        }
        String unit = f.text("unit").map(Located::value).orElse("万元");
        BigDecimal tolerance =
                f.decimal("tolerance").map(Located::value).orElse(new BigDecimal("0.01"));
        if (tolerance.signum() < 0) {
            r.error(
                    "config",
                    f.node("tolerance").get().pos(),
                    "tolerance",
                    Message.of("config.tolerance", tolerance));
        }
        List<String> ignore =
                f.map("check")
                        .map(
                                c -> {
                                    c.allowOnly(List.of("ignore"));
                                    return c.list(
                                            "ignore",
                                            (node, path) ->
                                                    Fields.textAt(node, path, r)
                                                            .flatMap(t -> regex(t, r)));
                                })
                        .orElse(List.of());
        return new SiteConfig(title, base, language, theme, unit, tolerance, ignore);
    }

    private static Optional<URI> baseUrl(Located<String> text, Reporter r) {
        String s = text.value().strip();
        try {
            URI u = new URI(s);
            if (u.getScheme() == null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null
                    || u.getRawQuery() != null
                    || u.getRawFragment() != null) {
                r.error("config", text.pos(), text.path(), Message.of("config.base-url", s));
                return Optional.empty();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return Optional.of(
                    new URI(u.getScheme() + "://" + u.getRawAuthority() + path).normalize());
        } catch (URISyntaxException e) {
            r.error("config", text.pos(), text.path(), Message.of("config.base-url", s));
            return Optional.empty();
        }
    }

    private static Optional<String> regex(Located<String> text, Reporter r) {
        try {
            java.util.regex.Pattern.compile(text.value());
            return Optional.of(text.value());
        } catch (java.util.regex.PatternSyntaxException e) {
            r.error(
                    "config",
                    text.pos(),
                    text.path(),
                    Message.of("config.regex", text.value(), e.getDescription()));
            return Optional.empty();
        }
    }
}
