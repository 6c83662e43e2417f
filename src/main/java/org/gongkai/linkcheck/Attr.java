package org.gongkai.linkcheck;

import java.util.Locale;

/** The attributes the scanner reads; every other attribute is skipped without a string made. */
enum Attr {
    HREF,
    SRC,
    SRCSET,
    ID,
    NAME,
    ALT,
    STYLE,
    POSTER,
    DATA,
    CITE,
    CONTENT,
    HTTP_EQUIV,
    PROPERTY,
    REL,
    TYPE,
    XLINK_HREF,
    DATA_CHECK_IGNORE;

    static final NameTable<Attr> NAMES = new NameTable<>(Attr.class, Attr::htmlName);

    private final String htmlName;

    Attr() {
        String n = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.htmlName = n.equals("xlink-href") ? "xlink:href" : n;
    }

    /**
     * The name as written in HTML: {@code http-equiv}, {@code xlink:href}, {@code
     * data-check-ignore}.
     */
    String htmlName() {
        return htmlName;
    }
}
