package org.gongkai.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language of a site: it picks the theme's message bundle and the language of problems. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, as written in {@code site.yaml} and in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    public static String tags() {
        return String.join(", ", Arrays.stream(values()).map(Language::tag).toList());
    }
}
