package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.content.ContentTree;

/**
 * The numbers of the pages in the search index, fixed from the content tree before any page is
 * rendered, so that pages rendered in parallel still get the same numbers in every build. The
 * search page ranks equal scores by number: department pages first (by slug), then disclosures,
 * newest year first. Immutable.
 */
final class SearchIds {
    /** A disclosure, as the index numbers it. */
    record Key(String slug, int year) {}

    private final Map<String, Integer> departments;
    // By "slug/year": a record as the key costs a method-handle call per lookup, which is slow in
    // a JVM that has just started, and a rebuild looks up 20,000 of them.
    private final Map<String, Integer> disclosures;

    private SearchIds(Map<String, Integer> departments, Map<String, Integer> disclosures) {
        this.departments = Map.copyOf(departments);
        this.disclosures = Map.copyOf(disclosures);
    }

    static SearchIds of(ContentTree tree) {
        List<String> slugs = new ArrayList<>();
        tree.disclosures().forEach(f -> slugs.add(f.slug()));
        tree.profiles().forEach(f -> slugs.add(f.slug()));
        return of(
                slugs, tree.disclosures().stream().map(f -> new Key(f.slug(), f.year())).toList());
    }

    /**
     * @param slugs the departments, of disclosures and of profiles, in any order and repeated
     */
    static SearchIds of(Collection<String> slugs, Collection<Key> disclosures) {
        Map<String, Integer> departments = new HashMap<>();
        for (String slug : new TreeSet<>(slugs)) {
            departments.put(slug, departments.size());
        }
        // Newest year first, by slug within a year: a sort by year, and one of the few slugs of
        // each year, which come sorted already from the content tree.
        TreeMap<Integer, List<String>> byYear = new TreeMap<>();
        for (Key k : disclosures) {
            byYear.computeIfAbsent(k.year(), y -> new ArrayList<>()).add(k.slug());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (Map.Entry<Integer, List<String>> e : byYear.descendingMap().entrySet()) {
            e.getValue().sort(null);
            for (String slug : e.getValue()) {
                ids.put(key(slug, e.getKey()), departments.size() + ids.size());
            }
        }
        return new SearchIds(departments, ids);
    }

    int count() {
        return departments.size() + disclosures.size();
    }

    int department(String slug) {
        return id(departments.get(slug), slug);
    }

    int disclosure(String slug, int year) {
        return id(disclosures.get(key(slug, year)), key(slug, year));
    }

    private static String key(String slug, int year) {
        return slug + "/" + year;
    }

    private static int id(Integer id, String what) {
        if (id == null) {
            throw new IllegalArgumentException("not in the content tree: " + what);
        }
        return id;
    }

    /** For each page of these numbers, its number in {@code after}, or -1 when it has none. */
    int[] movesTo(SearchIds after) {
        int[] moves = new int[count()];
        departments.forEach((slug, id) -> moves[id] = after.departments.getOrDefault(slug, -1));
        disclosures.forEach((key, id) -> moves[id] = after.disclosures.getOrDefault(key, -1));
        return moves;
    }
}
