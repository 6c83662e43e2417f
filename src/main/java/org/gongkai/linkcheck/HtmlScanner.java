package org.gongkai.linkcheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * Reads a page once, as the HTML tokenizer does, and collects its references, its fragment targets
 * and its {@code <base>}; each reference keeps the byte offset of its attribute's name, which
 * {@link FindingPositions} turns into jsoup's line and column if it is broken.
 *
 * <p>Why not jsoup: a jsoup parse with position tracking builds a whole tree. Measured on the
 * 10,000 generated pages of the benchmark (25 KB each, 254 MB in all) on this project's two-core
 * machine, parsing them alone took 4 s once warm and 13 to 27 s cold, against a budget of 2 s for
 * the whole check. The checker needs no tree: only start tags, their attributes, and where raw text
 * ends. This scanner walks the bytes once and makes strings only of the few attributes it reads;
 * the same pages take it about 0.6 s warm. {@code JsoupAgreementTest} holds it to jsoup's
 * references and positions. Not thread-safe: one per page.
 */
final class HtmlScanner {
    private static final int ATTRS = Attr.values().length;

    private final String path;
    private final byte[] b;
    private final int n;
    private final Set<String> anchors = new HashSet<>();
    private final List<Ref> refs = new ArrayList<>();
    private final List<PendingFinding> findings = new ArrayList<>();
    private final IgnoreScope ignore = new IgnoreScope();
    private final int[] nameAt = new int[ATTRS];
    private final int[] valueFrom = new int[ATTRS];
    private final int[] valueTo = new int[ATTRS];
    private final ByteChars chars;
    private int present;
    private boolean selfClosing;
    private String base;

    private HtmlScanner(String path, PageBytes page) {
        this.path = path;
        this.b = page.bytes();
        this.n = page.end();
        this.chars = new ByteChars(b, n);
    }

    static ScannedPage scan(String path, PageBytes page) {
        HtmlScanner s = new HtmlScanner(path, page);
        s.run(page.start());
        return new ScannedPage(path, s.anchors, s.refs, Optional.ofNullable(s.base), s.findings);
    }

    private void run(int from) {
        int i = from;
        while (i < n) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            int next = i + 1 < n ? b[i + 1] : -1;
            if (Chars.isAsciiLetter(next)) {
                i = startTag(i);
            } else if (next == '/') {
                i = endTag(i);
            } else if (next == '!') {
                i = Markup.declarationEnd(b, n, i);
            } else if (next == '?') {
                i = Markup.after(b, n, '>', i + 2);
            } else {
                i++;
            }
        }
    }

    private int endTag(int i) {
        int nameFrom = i + 2;
        if (nameFrom >= n || !Chars.isAsciiLetter(b[nameFrom])) {
            return nameFrom < n && b[nameFrom] == '>'
                    ? nameFrom + 1
                    : Markup.after(b, n, '>', nameFrom);
        }
        int nameTo = nameEnd(nameFrom);
        int end = attributes(nameTo, false);
        if (end < 0) {
            return n;
        }
        if (ignore.active()) {
            Tag tag = Tag.NAMES.find(b, nameFrom, nameTo);
            if (tag == null || !tag.isVoid()) {
                ignore.end(name(nameFrom, nameTo));
            }
        }
        return end;
    }

    private int startTag(int i) {
        int nameFrom = i + 1;
        int nameTo = nameEnd(nameFrom);
        present = 0;
        selfClosing = false;
        int end = attributes(nameTo, true);
        if (end < 0) {
            return n; // the file ends inside the tag, which the HTML tokenizer then drops
        }
        Tag tag = Tag.NAMES.find(b, nameFrom, nameTo);
        boolean closed = selfClosing || (tag != null && tag.isVoid());
        String name =
                ignore.active() || has(Attr.DATA_CHECK_IGNORE) ? name(nameFrom, nameTo) : null;
        if (ignore.active()) {
            ignore.beforeStart(name);
        }
        boolean ignored = ignore.active() || has(Attr.DATA_CHECK_IGNORE);
        anchors(tag);
        if (!ignored) {
            StartTag.refs(this, tag, i);
        }
        if (ignore.active()) {
            ignore.start(name, closed);
        } else if (has(Attr.DATA_CHECK_IGNORE)) {
            ignore.mark(name, closed);
        }
        if (tag == Tag.BASE && base == null && has(Attr.HREF)) {
            base = text(Attr.HREF);
        }
        if (tag == null || tag.content() == Tag.Content.MARKUP || selfClosing) {
            return end;
        }
        if (tag.content() == Tag.Content.PLAIN_TEXT) {
            return n;
        }
        int close = Markup.rawTextEnd(b, n, tag.htmlName(), end);
        if (tag == Tag.STYLE && !ignored) {
            css(end, close);
        }
        return close;
    }

    private void anchors(Tag tag) {
        if (has(Attr.ID)) {
            String id = text(Attr.ID);
            if (!id.isEmpty()) {
                anchors.add(id);
            }
        }
        if (tag == Tag.A && has(Attr.NAME)) {
            String name = text(Attr.NAME);
            if (!name.isEmpty()) {
                anchors.add(name);
            }
        }
    }

    /**
     * Reads the attributes from {@code i} to the closing {@code >}, as the tokenizer's attribute
     * states do, recording those in {@link Attr} (the first of a name wins); returns the index
     * after {@code >}, or -1 when the file ends first.
     */
    private int attributes(int i, boolean record) {
        while (true) {
            while (i < n && (Chars.isWhitespace(b[i]) || b[i] == '/')) {
                if (b[i] == '/' && i + 1 < n && b[i + 1] == '>') {
                    selfClosing = true;
                    return i + 2;
                }
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (b[i] == '>') {
                return i + 1;
            }
            int nameFrom = i++;
            while (i < n
                    && !Chars.isWhitespace(b[i])
                    && b[i] != '/'
                    && b[i] != '>'
                    && b[i] != '=') {
                i++;
            }
            int nameTo = i;
            while (i < n && Chars.isWhitespace(b[i])) {
                i++;
            }
            int from = i;
            int to = i;
            if (i < n && b[i] == '=') {
                i++;
                while (i < n && Chars.isWhitespace(b[i])) {
                    i++;
                }
                if (i < n && (b[i] == '"' || b[i] == '\'')) {
                    byte quote = b[i];
                    from = i + 1;
                    to = from;
                    while (to < n && b[to] != quote) {
                        to++;
                    }
                    if (to >= n) {
                        return -1;
                    }
                    i = to + 1;
                } else {
                    from = i;
                    while (i < n && !Chars.isWhitespace(b[i]) && b[i] != '>') {
                        i++;
                    }
                    to = i;
                }
            }
            if (record) {
                Attr a = Attr.NAMES.find(b, nameFrom, nameTo);
                if (a != null && !has(a)) {
                    present |= 1 << a.ordinal();
                    nameAt[a.ordinal()] = nameFrom;
                    valueFrom[a.ordinal()] = from;
                    valueTo[a.ordinal()] = to;
                }
            }
        }
    }

    private void css(int from, int to) {
        CssUrls.urls(chars, from, to, (s, e) -> refAt(Chars.urlText(b, s, e, false), "url", s));
    }

    boolean has(Attr a) {
        return (present & (1 << a.ordinal())) != 0;
    }

    /** The value of a present attribute, with character references decoded. */
    String text(Attr a) {
        int i = a.ordinal();
        return Chars.urlText(b, valueFrom[i], valueTo[i], true);
    }

    /** Adds a reference located at the attribute's name. */
    void ref(Attr a) {
        refAt(text(a), a.htmlName(), nameAt[a.ordinal()]);
    }

    /**
     * Adds the references inside an attribute's value (srcset, style, refresh), each located at
     * itself. A value with character references is decoded first, and its URLs are located at the
     * attribute, since offsets in the decoded text no longer match the page.
     */
    void refsInside(Attr a, String as, Embedded parser) {
        int i = a.ordinal();
        if (Chars.indexOf(chars, "&", valueFrom[i], valueTo[i]) < 0) {
            parser.urls(
                    chars,
                    valueFrom[i],
                    valueTo[i],
                    (s, e) -> refAt(Chars.urlText(b, s, e, false), as, s));
        } else {
            String value = text(a);
            parser.urls(
                    value,
                    0,
                    value.length(),
                    (s, e) -> refAt(value.substring(s, e), as, nameAt[i]));
        }
    }

    /** A parser of URLs embedded in a value. */
    @FunctionalInterface
    interface Embedded {
        void urls(CharSequence s, int from, int to, UrlRanges out);
    }

    private void refAt(String url, String attr, int offset) {
        refs.add(new Ref(url, attr, offset));
    }

    void warn(int offset, String url, Message reason) {
        findings.add(new PendingFinding(Severity.WARNING, path, offset, url, reason));
    }

    private int nameEnd(int i) {
        while (i < n && !Chars.isWhitespace(b[i]) && b[i] != '/' && b[i] != '>') {
            i++;
        }
        return i;
    }

    private String name(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }
}
