package org.gongkai.chart;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a chart back as the boxes its elements cover: texts by the same metrics the layout uses,
 * rectangles, lines and paths by their coordinates. Tests then check boxes pairwise. A text is
 * measured from its baseline by ascent and descent, and across by its estimated width from its
 * anchor.
 */
final class SvgGeometry {
    private static final Pattern POINT = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)");

    enum Kind {
        TEXT,
        RECT,
        LINE,
        PATH
    }

    record Box(
            Kind kind,
            String cssClass,
            String content,
            double x0,
            double y0,
            double x1,
            double y1) {
        boolean overlaps(Box o) {
            double eps = 0.01;
            return x0 < o.x1 - eps && o.x0 < x1 - eps && y0 < o.y1 - eps && o.y0 < y1 - eps;
        }

        boolean inside(Box o) {
            return x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1;
        }

        boolean hasClass(String c) {
            return List.of(cssClass.split(" ")).contains(c);
        }

        @Override
        public String toString() {
            return String.format(
                    "%s.%s[%s] (%.2f,%.2f)-(%.2f,%.2f)",
                    kind, cssClass.replace(' ', '.'), content, x0, y0, x1, y1);
        }
    }

    final double width;
    final double height;
    final Element root;
    final List<Box> boxes = new ArrayList<>();

    private SvgGeometry(Element root) {
        this.root = root;
        String[] vb = root.getAttribute("viewBox").split(" ");
        this.width = Double.parseDouble(vb[2]);
        this.height = Double.parseDouble(vb[3]);
        walk(root, Double.parseDouble(root.getAttribute("font-size")));
    }

    static SvgGeometry of(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root =
                    f.newDocumentBuilder()
                            .parse(new InputSource(new StringReader(svg)))
                            .getDocumentElement();
            return new SvgGeometry(root);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("not well-formed SVG: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Box> of(Kind kind) {
        return boxes.stream().filter(b -> b.kind() == kind).toList();
    }

    List<Box> withClass(String cssClass) {
        return boxes.stream().filter(b -> b.hasClass(cssClass)).toList();
    }

    private void walk(Element e, double fontSize) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "text" ->
                            boxes.add(
                                    text(
                                            c,
                                            c.hasAttribute("font-size")
                                                    ? d(c, "font-size")
                                                    : fontSize));
                    case "rect" ->
                            boxes.add(
                                    new Box(
                                            Kind.RECT,
                                            c.getAttribute("class"),
                                            "",
                                            d(c, "x"),
                                            d(c, "y"),
                                            d(c, "x") + d(c, "width"),
                                            d(c, "y") + d(c, "height")));
                    case "line" ->
                            boxes.add(
                                    new Box(
                                            Kind.LINE,
                                            c.getAttribute("class"),
                                            "",
                                            Math.min(d(c, "x1"), d(c, "x2")) - 0.5,
                                            Math.min(d(c, "y1"), d(c, "y2")) - 0.5,
                                            Math.max(d(c, "x1"), d(c, "x2")) + 0.5,
                                            Math.max(d(c, "y1"), d(c, "y2")) + 0.5));
                    case "path" -> boxes.add(path(c));
                    case "g" -> walk(c, fontSize);
                    default -> {}
                }
            }
        }
    }

    private static Box text(Element c, double size) {
        String s = c.getTextContent();
        double w = Metrics.width(s, size);
        double x = d(c, "x");
        double x0 =
                switch (c.getAttribute("text-anchor")) {
                    case "middle" -> x - w / 2;
                    case "end" -> x - w;
                    default -> x;
                };
        double y = d(c, "y");
        return new Box(
                Kind.TEXT,
                c.getAttribute("class"),
                s,
                x0,
                y - Metrics.ASCENT * size,
                x0 + w,
                y + Metrics.DESCENT * size);
    }

    /** A path's points, widened by its stroke. */
    private static Box path(Element c) {
        Matcher m = POINT.matcher(c.getAttribute("d"));
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        return new Box(Kind.PATH, c.getAttribute("class"), "", x0 - 1, y0 - 1, x1 + 1, y1 + 1);
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
