package org.gongkai.linkcheck;

import java.util.Locale;
import java.util.Set;
import org.gongkai.problem.Message;

/**
 * Reads the references of one start tag through the {@link HtmlScanner} that found it, as {@link
 * Tag} lists them. The common case (an attribute holding a URL) has a single call site on purpose:
 * this code runs for every tag of every page, and the fewer paths the JIT compiler has to inline,
 * the sooner a cold run of the command gets fast.
 */
final class StartTag {
    /** Open Graph and Twitter card properties whose content is a URL. */
    private static final Set<String> META_URLS =
            Set.of("og:image", "og:image:url", "og:image:secure_url", "og:url", "twitter:image");

    /** Link relations that name a host to connect to early, not a resource to fetch. */
    private static final Set<String> HINTS = Set.of("preconnect", "dns-prefetch");

    private StartTag() {}

    /**
     * Adds the references of a tag that starts at {@code offset}; {@code t} is null for other
     * elements.
     */
    static void refs(HtmlScanner tag, Tag t, int offset) {
        if (tag.has(Attr.STYLE)) {
            tag.refsInside(Attr.STYLE, "style", CssUrls::urls);
        }
        if (t == null) {
            return;
        }
        if (t.special() != Tag.Special.NONE && !special(tag, t.special(), offset)) {
            return;
        }
        for (Attr a : t.urls()) {
            if (tag.has(a)) {
                tag.ref(a);
                if (a == Attr.HREF) {
                    return;
                }
            }
        }
    }

    /**
     * Does what a special element needs; returns whether its plain URL attributes are to be read as
     * well.
     */
    private static boolean special(HtmlScanner tag, Tag.Special special, int offset) {
        switch (special) {
            case LINK -> {
                return !hint(tag);
            }
            case IMG -> {
                srcset(tag);
                if (!tag.has(Attr.ALT)) {
                    tag.warn(
                            offset,
                            tag.has(Attr.SRC) ? tag.text(Attr.SRC) : "",
                            Message.of("link.img-alt"));
                }
                return true;
            }
            case SRCSET -> {
                srcset(tag);
                return true;
            }
            case INPUT -> {
                if (tag.has(Attr.SRC)
                        && tag.has(Attr.TYPE)
                        && tag.text(Attr.TYPE).strip().equalsIgnoreCase("image")) {
                    tag.ref(Attr.SRC);
                }
                return false;
            }
            case META -> {
                meta(tag);
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static void srcset(HtmlScanner tag) {
        if (tag.has(Attr.SRCSET)) {
            tag.refsInside(Attr.SRCSET, "srcset", Srcset::urls);
        }
    }

    private static boolean hint(HtmlScanner tag) {
        if (!tag.has(Attr.REL)) {
            return false;
        }
        String rels = tag.text(Attr.REL).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < rels.length()) {
            while (i < rels.length() && Chars.isWhitespace(rels.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < rels.length() && !Chars.isWhitespace(rels.charAt(i))) {
                i++;
            }
            if (i > start && HINTS.contains(rels.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static void meta(HtmlScanner tag) {
        if (!tag.has(Attr.CONTENT)) {
            return;
        }
        if (tag.has(Attr.HTTP_EQUIV)
                && tag.text(Attr.HTTP_EQUIV).strip().equalsIgnoreCase("refresh")) {
            tag.refsInside(Attr.CONTENT, "content", MetaRefresh::url);
            return;
        }
        String property =
                tag.has(Attr.PROPERTY)
                        ? tag.text(Attr.PROPERTY)
                        : tag.has(Attr.NAME) ? tag.text(Attr.NAME) : "";
        if (META_URLS.contains(property.strip().toLowerCase(Locale.ROOT))) {
            tag.ref(Attr.CONTENT);
        }
    }
}
