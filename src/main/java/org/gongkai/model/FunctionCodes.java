package org.gongkai.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of functional classification codes (类 and 款), read once from {@code
 * functional-classification.tsv}. Immutable and thread-safe.
 */
public final class FunctionCodes {
    private static final FunctionCodes STANDARD = load();

    private final Map<String, String> names;

    private FunctionCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The 2023 classification that ships with Gongkai. */
    public static FunctionCodes standard() {
        return STANDARD;
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** 类, 款 or 项 by the length of a functional code; anything else is a plain code. */
    public static Optional<String> levelName(String code) {
        return switch (code.length()) {
            case 3 -> Optional.of("类");
            case 5 -> Optional.of("款");
            case 7 -> Optional.of("项");
            default -> Optional.empty();
        };
    }

    private static FunctionCodes load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in =
                        FunctionCodes.class.getResourceAsStream("functional-classification.tsv");
                BufferedReader r =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                names.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FunctionCodes(names);
    }
}
