package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One example of a spec file in {@code src/test/resources/spec/}: a small site (its files) and the
 * problems {@code validate} must report for it, one printed line each.
 *
 * <p>A spec file is Markdown. {@code ##} headings name sections; each example is a fenced block
 * whose info string is {@code example} (or {@code example strict}), holding the input, a line with
 * a single {@code .}, and the expected lines. The input is the text of {@code content/ab/2023.md},
 * or several files, each introduced by a line {@code === <path>}; a site without its own {@code
 * site.yaml} gets {@link #SITE_YAML}. In inputs, {@code →} stands for a tab, {@code ␍} for a
 * carriage return, {@code ⟨BOM⟩} for a byte-order mark and {@code ⟨U+3000⟩} for that character (a
 * full-width space), so that they can be seen.
 */
record SpecExample(
        String file,
        String section,
        int number,
        boolean strict,
        Map<String, String> files,
        List<String> expected) {
    private static final Pattern CODE_POINT = Pattern.compile("⟨U\\+([0-9A-F]{4})⟩");
    static final String FENCE = "````````````````````````````````";
    static final String SITE_YAML =
            "title: Test\n"
                    + "base_url: https://budget.example.gov.cn/\n"
                    + "language: en\n"
                    + "unit: 万元\n"
                    + "tolerance: 0.01\n";

    @Override
    public String toString() {
        return file + " / " + section + " / example " + number;
    }

    /** Every example of every spec file, in file order. */
    static Stream<SpecExample> all() {
        return specFiles().stream().flatMap(f -> read(f).stream());
    }

    static List<Path> specFiles() {
        URL dir = SpecExample.class.getResource("/spec");
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SpecExample> read(Path spec) {
        List<String> lines;
        try {
            lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = spec.getFileName().toString();
        List<SpecExample> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith(FENCE + " example")) {
                boolean strict = line.endsWith("strict");
                List<String> input = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                List<String> target = input;
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == input) {
                        target = expected;
                    } else {
                        target.add(lines.get(i));
                    }
                }
                out.add(
                        new SpecExample(
                                name,
                                section,
                                out.size() + 1,
                                strict,
                                files(input),
                                List.copyOf(expected)));
            }
        }
        return out;
    }

    private static Map<String, String> files(List<String> input) {
        Map<String, String> files = new LinkedHashMap<>();
        String path = "content/ab/2023.md";
        StringBuilder text = new StringBuilder();
        for (String line : input) {
            if (line.startsWith("=== ")) {
                if (!text.isEmpty() || !files.isEmpty() || !path.equals("content/ab/2023.md")) {
                    files.put(path, visible(text.toString()));
                }
                path = line.substring(4).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        files.put(path, visible(text.toString()));
        files.putIfAbsent("site.yaml", SITE_YAML);
        return files;
    }

    /** The text with its visible stand-ins replaced by the characters they stand for. */
    private static String visible(String text) {
        Matcher m =
                CODE_POINT.matcher(
                        text.replace("⟨BOM⟩", "\uFEFF").replace("→", "\t").replace("␍", "\r"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Character.toString(Integer.parseInt(m.group(1), 16)));
        }
        return m.appendTail(out).toString();
    }

    /** Writes the example's site into {@code dir}. */
    void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
    }
}
