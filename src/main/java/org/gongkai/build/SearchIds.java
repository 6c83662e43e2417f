package org.gongkai.build;

import org.gongkai.content.ContentTree;
import org.gongkai.content.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The numbers of the pages in the search index, fixed from the content tree before any page is
 * rendered, so that pages rendered in parallel still get the same numbers in every build. The
 * search page ranks equal scores by number: department pages first (by slug), then disclosures,
 * newest year first. Immutable.
 */
final class SearchIds {
    private final Map<String, Integer> departments;
    private final Map<String, Integer> disclosures;

    private SearchIds(Map<String, Integer> departments, Map<String, Integer> disclosures) {
        this.departments = Map.copyOf(departments);
        this.disclosures = Map.copyOf(disclosures);
    }

    static SearchIds of(ContentTree tree) {
        TreeSet<String> slugs = new TreeSet<>();
        tree.disclosures().forEach(f -> slugs.add(f.slug()));
        tree.profiles().forEach(f -> slugs.add(f.slug()));
        Map<String, Integer> departments = new HashMap<>();
        for (String slug : slugs) {
            departments.put(slug, departments.size());
        }
        List<SourceFile> files = new ArrayList<>(tree.disclosures());
        files.sort(
                Comparator.comparingInt(SourceFile::year)
                        .reversed()
                        .thenComparing(SourceFile::slug));
        Map<String, Integer> disclosures = new HashMap<>();
        for (SourceFile f : files) {
            disclosures.put(key(f.slug(), f.year()), departments.size() + disclosures.size());
        }
        return new SearchIds(departments, disclosures);
    }

    private static String key(String slug, int year) {
        return slug + "/" + year;
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

    private static int id(Integer id, String what) {
        if (id == null) {
            throw new IllegalArgumentException("not in the content tree: " + what);
        }
        return id;
    }
}
