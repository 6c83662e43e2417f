package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gongkai.model.Narrative;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Parses a Markdown narrative (CommonMark with GFM tables) into a {@link Narrative}: HTML with
 * anchor ids on headings, the headings for a table of contents, and the text line by line.
 *
 * <p>Headings are shifted so that the narrative's top level is {@code h2} under the page's {@code
 * h1}. Root-relative links get the site's base path. Raw HTML is allowed and cleaned with jsoup's
 * relaxed safelist; a narrative without raw HTML is not cleaned, because commonmark escapes all
 * text and drops unsafe link schemes itself. Thread-safe: the parser and renderer are built once;
 * per-document state lives inside {@link #parse}.
 */
final class MarkdownParser {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    MarkdownParser(String basePath) {
        String prefix =
                basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.parser =
                Parser.builder()
                        .extensions(EXTENSIONS)
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
        this.renderer =
                HtmlRenderer.builder()
                        .extensions(EXTENSIONS)
                        .sanitizeUrls(true)
                        .attributeProviderFactory(context -> new Attributes(prefix))
                        .build();
        this.safelist =
                Safelist.relaxed()
                        .addAttributes(":all", "id")
                        .addAttributes("th", "align")
                        .addAttributes("td", "align")
                        .addAttributes("div", "class", "tabindex")
                        .preserveRelativeLinks(true);
    }

    /** Parses {@code markdown}, whose first line is line {@code firstLine} of its file. */
    Narrative parse(String markdown, int firstLine) {
        if (markdown.isBlank()) {
            return Narrative.EMPTY;
        }
        Node document = parser.parse(markdown);
        Scan scan = new Scan();
        document.accept(scan);
        int shift = scan.minLevel == 1 ? 1 : 0;
        List<Narrative.Heading> headings = new ArrayList<>();
        HeadingIds ids = new HeadingIds();
        for (Heading h : scan.headings) {
            h.setLevel(Math.min(6, h.getLevel() + shift));
            headings.add(new Narrative.Heading(h.getLevel(), headingText(h), ids.next(h)));
        }
        String html = renderer.render(document);
        if (scan.rawHtml) {
            Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
            html = Jsoup.clean(html, "http://site.invalid/", safelist, out);
        }
        return new Narrative(scrollTables(html), headings, lines(document, firstLine));
    }

    /**
     * Puts every table of {@code html} inside a scroll container, so that wide tables stay inside
     * the page on phones; {@code html} itself when it has no table. One pass instead of a replace
     * for each tag, which copied the narrative twice.
     */
    static String scrollTables(String html) {
        int at = html.indexOf("table>");
        if (at < 0) {
            return html;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; at >= 0; at = html.indexOf("table>", at + 6)) {
            boolean open = at >= 1 && html.charAt(at - 1) == '<';
            boolean close = at >= 2 && html.charAt(at - 1) == '/' && html.charAt(at - 2) == '<';
            if (!open && !close) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            if (open) {
                out.append(html, copied, at - 1)
                        .append("<div class=\"table-scroll\" tabindex=\"0\"><table>");
            } else {
                out.append(html, copied, at - 2).append("</table></div>");
            }
            copied = at + 6;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    private static String headingText(Heading h) {
        StringBuilder sb = new StringBuilder();
        h.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        sb.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        sb.append(code.getLiteral());
                    }
                });
        return sb.toString().trim();
    }

    /** The text of each source line, from the inline nodes' source spans. */
    private static List<Narrative.TextLine> lines(Node document, int firstLine) {
        Map<Integer, StringBuilder> byLine = new TreeMap<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        add(text, text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        add(code, code.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak b) {}

                    @Override
                    public void visit(HardLineBreak b) {}

                    private void add(Node node, String literal) {
                        List<SourceSpan> spans = node.getSourceSpans();
                        int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
                        StringBuilder sb = byLine.computeIfAbsent(line, k -> new StringBuilder());
                        if (sb.length() > 0
                                && node.getParent() != null
                                && node.getPrevious() == null) {
                            sb.append(' '); // a new block (table cell, list item) on the same line
                        }
                        sb.append(literal);
                    }
                });
        List<Narrative.TextLine> out = new ArrayList<>();
        byLine.forEach(
                (line, text) -> out.add(new Narrative.TextLine(line + firstLine, text.toString())));
        return out;
    }

    /** Finds headings and raw HTML before rendering. */
    private static final class Scan extends AbstractVisitor {
        final List<Heading> headings = new ArrayList<>();
        int minLevel = 7;
        boolean rawHtml;

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            minLevel = Math.min(minLevel, heading.getLevel());
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            rawHtml = true;
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            rawHtml = true;
        }
    }

    /**
     * Anchor ids for the headings of one document, in document order. The renderer and the table of
     * contents each run one, over the same headings, so they agree by construction; lower-casing
     * uses the root locale so that ids do not depend on the machine.
     */
    private static final class HeadingIds {
        private final IdGenerator generator = IdGenerator.builder().defaultId("section").build();

        String next(Heading h) {
            return generator.generateId(headingText(h).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Gives headings their ids, table heads their scope, and root-relative links the base path; one
     * per rendering.
     */
    private static final class Attributes implements AttributeProvider {
        private final HeadingIds ids = new HeadingIds();
        private final String basePath;

        Attributes(String basePath) {
            this.basePath = basePath;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading h) {
                attributes.put("id", ids.next(h));
            } else if (node instanceof TableCell c && c.isHeader()) {
                attributes.put(
                        "scope", "col"); // a GFM table's heads are its first row, one per column
            } else if (node instanceof Link) {
                String href = attributes.get("href");
                if (href != null
                        && href.startsWith("/")
                        && !href.startsWith("//")
                        && !basePath.isEmpty()) {
                    attributes.put("href", basePath + href);
                }
            }
        }
    }
}
