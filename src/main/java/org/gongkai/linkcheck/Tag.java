package org.gongkai.linkcheck;

import java.util.Locale;

/**
 * The elements the scanner tells apart: those whose attributes hold URLs (with those attributes,
 * the table of the "every reference"), those whose content is not markup, and the void ones
 * (which have no end tag).
 */
enum Tag {
    A(Attr.HREF, Attr.XLINK_HREF),
    AREA(Attr.HREF),
    LINK(Special.LINK, Attr.HREF),
    IMG(Special.IMG, Attr.SRC),
    SOURCE(Special.SRCSET, Attr.SRC),
    SCRIPT(Content.RAW_TEXT, Attr.SRC),
    IFRAME(Content.RAW_TEXT, Attr.SRC),
    FRAME(Attr.SRC),
    VIDEO(Attr.SRC, Attr.POSTER),
    AUDIO(Attr.SRC),
    TRACK(Attr.SRC),
    OBJECT(Attr.DATA),
    EMBED(Attr.SRC),
    INPUT(Special.INPUT),
    BLOCKQUOTE(Attr.CITE),
    Q(Attr.CITE),
    DEL(Attr.CITE),
    INS(Attr.CITE),
    META(Special.META),
    USE(Attr.HREF, Attr.XLINK_HREF),
    IMAGE(Attr.HREF, Attr.XLINK_HREF),
    BASE,
    STYLE(Content.RAW_TEXT),
    TITLE(Content.ESCAPABLE_RAW_TEXT),
    TEXTAREA(Content.ESCAPABLE_RAW_TEXT),
    XMP(Content.RAW_TEXT),
    NOEMBED(Content.RAW_TEXT),
    NOFRAMES(Content.RAW_TEXT),
    PLAINTEXT(Content.PLAIN_TEXT),
    BR,
    HR,
    WBR,
    COL,
    PARAM,
    KEYGEN,
    BASEFONT,
    BGSOUND;

    /** How the HTML tokenizer reads what follows the start tag. */
    enum Content {
        MARKUP,
        RAW_TEXT,
        ESCAPABLE_RAW_TEXT,
        PLAIN_TEXT
    }

    /** Elements whose references need more than reading an attribute; see {@link StartTag}. */
    enum Special {
        NONE,
        LINK,
        IMG,
        SRCSET,
        INPUT,
        META
    }

    static final NameTable<Tag> NAMES = new NameTable<>(Tag.class, Tag::htmlName);

    private final Content content;
    private final Special special;
    private final Attr[] urls;
    private final String htmlName = name().toLowerCase(Locale.ROOT);

    Tag(Attr... urls) {
        this(Content.MARKUP, Special.NONE, urls);
    }

    Tag(Content content, Attr... urls) {
        this(content, Special.NONE, urls);
    }

    Tag(Special special, Attr... urls) {
        this(Content.MARKUP, special, urls);
    }

    Tag(Content content, Special special, Attr... urls) {
        this.content = content;
        this.special = special;
        this.urls = urls;
    }

    String htmlName() {
        return htmlName;
    }

    Content content() {
        return content;
    }

    Special special() {
        return special;
    }

    /**
     * The attributes that hold one URL each. {@code xlink:href} (SVG 1.1) is read only when there
     * is no {@code href}, as browsers do.
     */
    Attr[] urls() {
        return urls;
    }

    boolean isVoid() {
        return switch (this) {
            case AREA,
                    BASE,
                    BR,
                    COL,
                    EMBED,
                    FRAME,
                    HR,
                    IMG,
                    INPUT,
                    KEYGEN,
                    LINK,
                    META,
                    PARAM,
                    SOURCE,
                    TRACK,
                    WBR,
                    BASEFONT,
                    BGSOUND ->
                    true;
            default -> false;
        };
    }
}
