package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.SourceStamp;
import org.gongkai.content.ContentTree;
import org.gongkai.content.SourceFile;

/**
 * How the source files of a site differ from those a cached build read. A file whose size and time
 * are those stamped is taken as unchanged without being read; one whose size or time differs, or
 * whose stamp was racy, is read and its digest compared, so that a file only touched (a checkout,
 * an editor saving without a change) is not rebuilt; files the cache does not know are new, and
 * those it knows that are gone are deleted. Files are named as {@link SourceFile#name} names them.
 *
 * @param changed the new files and those whose bytes changed
 * @param deleted the files the cache knows that are gone
 * @param stamps the stamp of every file there is now: the cached one when it still holds
 */
record SourceChanges(Set<String> changed, Set<String> deleted, Map<String, SourceStamp> stamps) {
    /** The sources of {@code tree} against those {@code state} knows. */
    static SourceChanges of(ContentTree tree, CacheState state, long stampTime) {
        Map<String, SourceStamp> known = new HashMap<>();
        state.disclosures().forEach(r -> known.put(r.source().name(), r.source()));
        state.profiles().forEach(r -> known.put(r.source().name(), r.source()));
        state.home().ifPresent(h -> known.put(h.source().name(), h.source()));
        List<SourceFile> files = new ArrayList<>(tree.disclosures());
        files.addAll(tree.profiles());
        tree.home().ifPresent(files::add);
        return of(files, known, stampTime);
    }

    static SourceChanges of(
            List<SourceFile> files, Map<String, SourceStamp> known, long stampTime) {
        // One thread: a stat takes a few microseconds, less than handing work to another thread.
        Map<String, SourceStamp> stamps = new HashMap<>();
        Set<String> changed = new HashSet<>();
        for (SourceFile f : files) {
            SourceStamp old = known.get(f.name());
            if (old != null && old.sameTimes(f.path())) {
                stamps.put(f.name(), old);
                continue;
            }
            SourceStamp now = SourceStamp.of(f.path(), f.name(), stampTime);
            stamps.put(f.name(), now);
            if (old == null || !old.sameBytes(now)) {
                changed.add(f.name());
            }
        }
        Set<String> deleted = new HashSet<>(known.keySet());
        deleted.removeAll(stamps.keySet());
        return new SourceChanges(
                Collections.unmodifiableSet(changed),
                Collections.unmodifiableSet(deleted),
                Collections.unmodifiableMap(stamps));
    }

    boolean isEmpty() {
        return changed.isEmpty() && deleted.isEmpty();
    }
}
