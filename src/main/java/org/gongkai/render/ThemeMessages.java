package org.gongkai.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.gongkai.config.Language;

/**
 * The theme's message bundle for the site's language ({@code i18n/messages_<tag>.properties},
 * UTF-8). A site's own theme may override single keys; the rest come from the default theme.
 * Immutable and thread-safe.
 */
public final class ThemeMessages {
    private final Map<String, String> messages;
    private final Locale locale;

    private ThemeMessages(Map<String, String> messages, Locale locale) {
        this.messages = Map.copyOf(messages);
        this.locale = locale;
    }

    static ThemeMessages load(ThemeFiles files, Language language) {
        Map<String, String> merged = new HashMap<>();
        List<Path> roots = files.roots();
        for (int i = roots.size() - 1; i >= 0; i--) {
            Path p =
                    roots.get(i)
                            .resolve("i18n")
                            .resolve("messages_" + language.tag() + ".properties");
            if (Files.exists(p)) {
                merged.putAll(read(p));
            }
        }
        return new ThemeMessages(merged, language.locale());
    }

    /** The message for {@code key}; a missing key is a theme bug and fails the build loudly. */
    public String get(String key) {
        String m = messages.get(key);
        if (m == null) {
            throw new IllegalArgumentException("the theme has no message " + key);
        }
        return m;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    /**
     * The message for {@code key} with {@code {0}}, {@code {1}}... replaced by {@code args}. Plain
     * replacement rather than {@link java.text.MessageFormat}, so that translators need not double
     * apostrophes.
     */
    public String format(String key, Object... args) {
        String m = get(key);
        for (int i = 0; i < args.length; i++) {
            m = m.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return m;
    }

    public Locale locale() {
        return locale;
    }

    static Map<String, String> read(Path p) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        props.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }
}
