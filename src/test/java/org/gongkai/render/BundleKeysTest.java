package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every message of the default theme exists in both languages. */
class BundleKeysTest {
    private static final Path I18N = Path.of("themes/default/i18n");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        var zh = ThemeMessages.read(I18N.resolve("messages_zh-CN.properties")).keySet();
        var en = ThemeMessages.read(I18N.resolve("messages_en.properties")).keySet();
        assertThat(zh).isNotEmpty().containsExactlyInAnyOrderElementsOf(en);
    }
}
