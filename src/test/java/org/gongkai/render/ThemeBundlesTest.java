package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both message bundles of the default theme are complete, and templates use no unknown key. */
class ThemeBundlesTest {
    static final Path THEME = Path.of("themes/default");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Map<String, String> zh =
                ThemeMessages.read(THEME.resolve("i18n/messages_zh-CN.properties"));
        Map<String, String> en = ThemeMessages.read(THEME.resolve("i18n/messages_en.properties"));
        assertThat(zh.keySet()).hasSizeGreaterThan(100).isEqualTo(en.keySet());
        assertThat(zh.values()).noneMatch(String::isBlank);
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Map<String, String> zh =
                ThemeMessages.read(THEME.resolve("i18n/messages_zh-CN.properties"));
        Pattern call = Pattern.compile("t\\('([a-z0-9.-]+)'");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(THEME.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".peb")).toList()) {
                Matcher m = call.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(zh.keySet()).containsAll(used);
    }

    @Test
    void templatesHoldNoChineseText() throws IOException {
        Pattern han = Pattern.compile("\\p{IsHan}");
        try (Stream<Path> files = Files.walk(THEME.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".peb")).toList()) {
                assertThat(han.matcher(Files.readString(f, StandardCharsets.UTF_8)).find())
                        .as(f.toString())
                        .isFalse();
            }
        }
    }
}
