package org.gongkai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.chart.SvgGeometry.Box;
import org.gongkai.chart.SvgGeometry.Kind;

/**
 * The layout rules every chart keeps, checked on its SVG: everything inside the canvas; no text
 * touching another text, a bar, a mark or a line (light grid lines excepted, they run behind); no
 * two bars, cells or marks overlapping. The one allowed overlap is a grade's letter inside its own
 * cell.
 */
final class CleanLayout {
    private CleanLayout() {}

    static void assertClean(String svg) {
        SvgGeometry g = SvgGeometry.of(svg);
        List<String> problems = problems(g);
        assertThat(problems).as("layout problems in%n%s", svg).isEmpty();
    }

    static List<String> problems(SvgGeometry g) {
        List<String> out = new ArrayList<>();
        Box canvas = new Box(Kind.RECT, "canvas", "", 0, 0, g.width, g.height);
        for (Box b : g.boxes) {
            if (!b.inside(canvas)) {
                out.add(
                        "outside the canvas "
                                + Math.round(g.width)
                                + "x"
                                + Math.round(g.height)
                                + ": "
                                + b);
            }
        }
        List<Box> boxes = g.boxes;
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (a.overlaps(b) && !allowed(a, b)) {
                    out.add("overlap: " + a + " and " + b);
                }
            }
        }
        return out;
    }

    private static boolean allowed(Box a, Box b) {
        if (a.kind() == Kind.TEXT && b.kind() != Kind.TEXT) {
            return allowedWithText(a, b);
        }
        if (b.kind() == Kind.TEXT && a.kind() != Kind.TEXT) {
            return allowedWithText(b, a);
        }
        // Lines mark positions on bars (axis, target tick, grid) and may cross them.
        return a.kind() == Kind.LINE || b.kind() == Kind.LINE;
    }

    private static boolean allowedWithText(Box text, Box other) {
        if (other.kind() == Kind.RECT && other.hasClass("grade")) {
            return text.hasClass("grade-text") && text.inside(other);
        }
        return other.kind() == Kind.LINE && other.hasClass("grid");
    }
}
