package org.gongkai.cache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.linkcheck.SiteLinks;
import org.gongkai.search.StoredIndex;

/**
 * Everything the cache holds about one build: the inputs it was made with, the output folder it
 * left, a record per source file, the search index's postings, and what the link check learnt of
 * every page ({@link SiteLinks#NONE} when it did not run).
 *
 * @param disclosures sorted by source file name
 * @param profiles sorted by source file name
 */
public record CacheState(
        Inputs inputs,
        OutputStamp output,
        List<DisclosureRecord> disclosures,
        List<ProfileRecord> profiles,
        Optional<HomeRecord> home,
        StoredIndex search,
        SiteLinks links) {
    public CacheState {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(output, "output");
        disclosures = List.copyOf(disclosures);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(links, "links");
    }
}
