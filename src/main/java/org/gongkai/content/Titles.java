package org.gongkai.content;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.gongkai.config.Language;
import org.gongkai.model.Kind;

/** The default title of a disclosure that states none, in the site's language. */
final class Titles {
    private final ResourceBundle bundle;
    private final Language language;

    Titles(Language language) {
        this.language = language;
        this.bundle =
                ResourceBundle.getBundle(
                        "org.gongkai.content.titles",
                        language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String title(String department, int year, Kind kind) {
        String pattern = bundle.getString("title." + kind.key());
        return new MessageFormat(pattern, language.locale())
                .format(new Object[] {department, String.valueOf(year)});
    }
}
