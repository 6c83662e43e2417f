package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.ItemNode;
import org.gongkai.model.ItemTree;
import org.gongkai.model.Narrative;
import org.gongkai.search.SearchDocument;

/**
 * What the search index learns of each page: the names and texts a reader sees on it, in the site's
 * language. Thread-safe.
 */
final class SearchDocuments {
    private final ThemeMessages t;
    private final String basePath;

    SearchDocuments(ThemeMessages messages, String basePath) {
        this.t = messages;
        this.basePath = basePath;
    }

    /**
     * A disclosure: its names and classification codes (so that a reader can search by code); its
     * headings and every table's caption and text cells (line items, indicators, the labels of
     * 三公经费) as keys; the narrative as text.
     */
    SearchDocument disclosure(int id, Derived d, List<TableView> tables) {
        Disclosure x = d.disclosure();
        String kind = t.get("kind." + x.kind().key());
        Set<String> names = new LinkedHashSet<>();
        names.add(x.department());
        names.add(x.title());
        x.region().ifPresent(names::add);
        names.add(String.valueOf(x.year()));
        names.add(kind);
        for (ItemTree tree : List.of(d.income(), d.byFunction(), d.byEconomic())) {
            for (ItemNode n : tree.flatten()) {
                n.code().ifPresent(names::add);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        headings(x.narrative(), keys);
        for (TableView tv : tables) {
            keys.add(tv.caption());
            for (TableView.Row r : tv.rows()) {
                for (TableView.Cell c : r.cells()) {
                    if (!c.numeric() && !c.text().isBlank()) {
                        keys.add(c.text());
                    }
                }
            }
        }
        return new SearchDocument(
                id,
                SitePaths.under(basePath, x.url()),
                x.title(),
                x.department(),
                String.valueOf(x.year()),
                kind,
                List.copyOf(names),
                List.copyOf(keys),
                text(x.narrative()));
    }

    /** A department page: its name, region, functions, offices and profile. */
    SearchDocument department(int id, DepartmentProfile p, List<DisclosureSummary> summaries) {
        String name =
                p.department()
                        .orElse(
                                summaries.isEmpty()
                                        ? p.slug()
                                        : summaries.get(summaries.size() - 1).department());
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        p.region()
                .or(() -> summaries.stream().flatMap(s -> s.region().stream()).findFirst())
                .ifPresent(names::add);
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(p.functions());
        keys.addAll(p.units());
        headings(p.body(), keys);
        return new SearchDocument(
                id,
                SitePaths.under(basePath, "/" + p.slug() + "/"),
                name,
                name,
                "",
                t.get("search.kind.department"),
                List.copyOf(names),
                List.copyOf(keys),
                text(p.body()));
    }

    private static void headings(Narrative n, Set<String> keys) {
        for (Narrative.Heading h : n.headings()) {
            keys.add(h.text());
        }
    }

    private static List<String> text(Narrative n) {
        List<String> out = new ArrayList<>(n.lines().size());
        for (Narrative.TextLine l : n.lines()) {
            out.add(l.text());
        }
        return out;
    }
}
