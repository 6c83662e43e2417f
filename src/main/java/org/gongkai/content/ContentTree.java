package org.gongkai.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;

/**
 * The files under {@code content/}, found and named: one folder per department (its name is the
 * slug), in it one {@code <year>.md} per disclosure and an optional {@code _index.md}. Names that
 * break these rules are problems naming the path. Hidden files (a leading dot) are ignored.
 */
public record ContentTree(
        List<SourceFile> disclosures,
        List<SourceFile> profiles,
        Optional<SourceFile> home,
        List<Problem> problems) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern YEAR_FILE = Pattern.compile("((19|20)\\d{2})\\.md");
    static final String INDEX = "_index.md";
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    public ContentTree {
        disclosures = List.copyOf(disclosures);
        profiles = List.copyOf(profiles);
        problems = List.copyOf(problems);
    }

    /** Scans {@code <siteDir>/content}; a site without one has no content and one problem. */
    public static ContentTree scan(Path siteDir) {
        Path content = siteDir.resolve("content");
        List<SourceFile> disclosures = new ArrayList<>();
        List<SourceFile> profiles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Optional<SourceFile> home = Optional.empty();
        if (!Files.isDirectory(content)) {
            problems.add(
                    Problem.error(
                            "layout", "content", Pos.NONE, "", Message.of("content.missing")));
            return new ContentTree(disclosures, profiles, home, problems);
        }
        for (Path p : sortedChildren(content)) {
            String name = p.getFileName().toString();
            String rel = "content/" + name;
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                if (!SLUG.matcher(name).matches()) {
                    problems.add(
                            Problem.error("invalid-slug", rel, Pos.NONE, "", slugMessage(name)));
                    continue;
                }
                scanDepartment(p, name, disclosures, profiles, problems);
            } else if (name.equals(INDEX)) {
                home = Optional.of(new SourceFile(p, rel, "", 0));
            } else {
                problems.add(
                        Problem.error(
                                "invalid-name",
                                rel,
                                Pos.NONE,
                                "",
                                Message.of("file.outside", name)));
            }
        }
        return new ContentTree(disclosures, profiles, home, problems);
    }

    private static void scanDepartment(
            Path dir,
            String slug,
            List<SourceFile> disclosures,
            List<SourceFile> profiles,
            List<Problem> problems) {
        for (Path p : sortedChildren(dir)) {
            String name = p.getFileName().toString();
            String rel = "content/" + slug + "/" + name;
            if (name.startsWith(".")) {
                continue;
            }
            var year = YEAR_FILE.matcher(name);
            if (Files.isDirectory(p)) {
                problems.add(
                        Problem.error(
                                "invalid-name",
                                rel,
                                Pos.NONE,
                                "",
                                Message.of("folder.nested", name)));
            } else if (name.equals(INDEX)) {
                profiles.add(new SourceFile(p, rel, slug, 0));
            } else if (year.matches()) {
                disclosures.add(new SourceFile(p, rel, slug, Integer.parseInt(year.group(1))));
            } else {
                problems.add(Problem.error("invalid-year", rel, Pos.NONE, "", yearMessage(name)));
            }
        }
    }

    /**
     * Refuses a file name, suggesting {@code <year>.md} when the name holds one year and is
     * Markdown.
     */
    private static Message yearMessage(String name) {
        var year = ANY_YEAR.matcher(name);
        if (name.toLowerCase(Locale.ROOT).endsWith(".md") && year.find()) {
            String found = year.group();
            if (!year.find()) {
                return Message.of("year.file.near", name, found + ".md");
            }
        }
        return Message.of("year.file", name);
    }

    /** Refuses a folder name, suggesting the slug it was probably meant to be when there is one. */
    private static Message slugMessage(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT)
                        .replaceAll("[\\s_.]+", "-")
                        .replaceAll("[^a-z0-9-]", "")
                        .replaceAll("-+", "-")
                        .replaceAll("^-|-$", "");
        return slug.isEmpty()
                ? Message.of("slug.invalid", name)
                : Message.of("slug.invalid.near", name, slug);
    }

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
