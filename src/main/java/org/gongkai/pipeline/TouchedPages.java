package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.DisclosureRecord;
import org.gongkai.cache.ProfileRecord;

/**
 * The department and year pages a rebuild renders again, or removes when their department or year
 * is gone: those of disclosures added, deleted or with another summary (a department page and a
 * year page are made of summaries only), the departments of profiles added, deleted or changed, and
 * every year page when the set of years changed, since each lists them all.
 *
 * @param slugs sorted
 * @param years ascending
 */
record TouchedPages(Set<String> slugs, Set<Integer> years) {
    static TouchedPages of(
            Map<String, DisclosureStage.Read> read,
            Map<String, DisclosureRecord> old,
            SourceChanges changes,
            CacheState state,
            SitePages.Groups groups,
            Set<String> profiles) {
        Set<String> slugs = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (DisclosureStage.Read r : read.values()) {
            DisclosureRecord before = old.get(r.file().name());
            if (before == null || !before.summary().equals(r.summary().orElseThrow())) {
                slugs.add(r.file().slug());
                years.add(r.file().year());
            }
        }
        Set<String> knownProfiles = new HashSet<>();
        for (ProfileRecord p : state.profiles()) {
            knownProfiles.add(p.profile().slug());
            String name = p.source().name();
            if (changes.deleted().contains(name) || changes.changed().contains(name)) {
                slugs.add(p.profile().slug());
            }
        }
        for (String slug : profiles) {
            if (!knownProfiles.contains(slug)) {
                slugs.add(slug);
            }
        }
        Set<Integer> before = new TreeSet<>();
        for (DisclosureRecord r : state.disclosures()) {
            before.add(r.summary().year());
            if (changes.deleted().contains(r.source().name())) {
                slugs.add(r.summary().slug());
                years.add(r.summary().year());
            }
        }
        if (!before.equals(new TreeSet<>(groups.years()))) {
            years.addAll(before);
            years.addAll(groups.years());
        }
        return new TouchedPages(slugs, years);
    }

    /**
     * The departments whose years differ from those the cache knows, new and gone ones included:
     * every disclosure of theirs is rendered again, since each links to its department's years.
     */
    static Set<String> renumbered(Map<String, List<Integer>> years, List<DisclosureRecord> old) {
        Map<String, List<Integer>> before = new HashMap<>();
        for (DisclosureRecord r : old) {
            before.computeIfAbsent(r.summary().slug(), k -> new ArrayList<>())
                    .add(r.summary().year());
        }
        // Both in the order of the content tree already (by file name): sorting costs little then.
        before.values().forEach(l -> l.sort(null));
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(years.keySet());
        Set<String> out = new HashSet<>();
        for (String slug : all) {
            if (!before.getOrDefault(slug, List.of()).equals(years.getOrDefault(slug, List.of()))) {
                out.add(slug);
            }
        }
        return out;
    }
}
