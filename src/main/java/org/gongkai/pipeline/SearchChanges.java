package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.cache.CacheState;
import org.gongkai.cache.DisclosureRecord;
import org.gongkai.output.SiteOutput;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.StoredIndex;

/**
 * The search index after a rebuild. Pages are numbered from the content tree, so adding or deleting
 * a disclosure or a department moves the pages after it: their postings move with them ({@link
 * StoredIndex#update}), and their fragments, which do not depend on the number, are copied from
 * their old place in the site. The changed pages' fragments were written as they were rendered;
 * here the shards are written, and fragments and shards beyond the new counts deleted.
 */
final class SearchChanges {
    private SearchChanges() {}

    /**
     * @param changedPages the pages rendered again, numbered as {@code ids} numbers them
     * @param changedIds their numbers
     * @param site the site as it is
     * @param delete removes a file of the site
     */
    static StoredIndex apply(
            CacheState state,
            SearchIds ids,
            SearchIndex changedPages,
            List<Integer> changedIds,
            Path site,
            SiteOutput output,
            Consumer<String> delete) {
        int[] moves = oldIds(state).movesTo(ids);
        int[] changed = changedIds.stream().mapToInt(Integer::intValue).toArray();
        StoredIndex.Changed update =
                state.search().update(moves, ids.count(), changedPages, changed);
        StoredIndex search = update.index();
        Set<Integer> rewritten = new HashSet<>(changedIds);
        for (int old = 0; old < moves.length; old++) {
            int now = moves[old];
            if (now >= 0 && now != old && !rewritten.contains(now)) {
                output.write(
                        SearchIndex.fragmentPath(now), read(site, SearchIndex.fragmentPath(old)));
            }
        }
        for (int id = ids.count(); id < moves.length; id++) {
            delete.accept(SearchIndex.fragmentPath(id));
        }
        int shards =
                search.writeShards(
                        state.search(),
                        update.terms(),
                        i -> read(site, SearchIndex.FOLDER + "s/" + i + ".json"),
                        output::write);
        Path folder = site.resolve(SearchIndex.FOLDER + "s");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    String number = name.substring(0, name.length() - ".json".length());
                    if (!number.isEmpty()
                            && number.chars().allMatch(c -> c >= '0' && c <= '9')
                            && Integer.parseInt(number) >= shards) {
                        delete.accept(SearchIndex.FOLDER + "s/" + name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return search;
    }

    /** A file of the site the cache says is there; its absence makes the rebuild a full build. */
    private static byte[] read(Path site, String path) {
        try {
            return Files.readAllBytes(site.resolve(path));
        } catch (NoSuchFileException e) {
            throw new IncrementalBuild.StaleOutput(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers the cached build gave its pages. */
    private static SearchIds oldIds(CacheState state) {
        List<String> slugs = new ArrayList<>();
        List<SearchIds.Key> keys = new ArrayList<>();
        for (DisclosureRecord r : state.disclosures()) {
            slugs.add(r.summary().slug());
            keys.add(new SearchIds.Key(r.summary().slug(), r.summary().year()));
        }
        state.profiles().forEach(p -> slugs.add(p.profile().slug()));
        return SearchIds.of(slugs, keys);
    }
}
