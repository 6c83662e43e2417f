package org.gongkai.linkcheck;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code specs/linkcheck/*.case} file, read: its options, its files (as bytes, in their
 * charset) and its expected report. The format is described on {@link LinkCheckSpecTest}.
 */
record SpecCase(
        String text,
        Optional<URI> baseUrl,
        List<String> ignore,
        Map<String, byte[]> files,
        String expected) {
    static final String SECTION = "=== ";

    static SpecCase read(Path spec) throws IOException {
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        Optional<URI> baseUrl = Optional.empty();
        List<String> ignore = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        String expected = null;
        String[] parts = ("\n" + text).split("\n" + SECTION);
        for (String header : parts[0].split("\n")) {
            if (header.startsWith("base_url: ")) {
                baseUrl = Optional.of(URI.create(header.substring("base_url: ".length()).strip()));
            } else if (header.startsWith("ignore: ")) {
                ignore.add(header.substring("ignore: ".length()));
            } else if (!header.isBlank() && !header.startsWith("#")) {
                throw new IllegalArgumentException(spec + ": unknown header line " + header);
            }
        }
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            String name = (eol < 0 ? parts[i] : parts[i].substring(0, eol)).strip();
            String body = eol < 0 ? "" : parts[i].substring(eol + 1);
            if (name.equals("expected")) {
                expected = body;
            } else if (name.endsWith("/")) {
                files.put(name, null);
            } else {
                Charset charset = StandardCharsets.UTF_8;
                if (name.endsWith(")")) {
                    charset =
                            Charset.forName(
                                    name.substring(name.lastIndexOf(" (") + 2, name.length() - 1));
                    name = name.substring(0, name.lastIndexOf(" ("));
                }
                files.put(name, body.getBytes(charset));
            }
        }
        if (expected == null || files.isEmpty()) {
            throw new IllegalArgumentException(spec + ": needs files and an expected section");
        }
        return new SpecCase(text, baseUrl, List.copyOf(ignore), files, expected);
    }

    /** Writes the files into {@code site}; a name ending with / is an empty folder. */
    void write(Path site) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = site.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.createDirectories(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
        }
    }

    LinkChecker checker() {
        LinkChecker.Builder b = LinkChecker.builder().ignore(ignore);
        baseUrl.ifPresent(b::baseUrl);
        return b.build();
    }

    /** The text of the file with {@code report} as its expected section. */
    String withExpected(String report) {
        return text.substring(0, text.lastIndexOf(SECTION + "expected\n"))
                + SECTION
                + "expected\n"
                + report;
    }
}
