package org.gongkai.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The search index of one build. Pages are added from many threads as they are rendered: each
 * page's fragment (what a result shows) is written at once, and only its terms' postings stay in
 * memory. After the last page, {@link #write} writes the postings in shards and the file that
 * describes them. Thread-safe.
 *
 * <pre>
 * SearchIndex index = new SearchIndex(pageCount);
 * pages.parallelStream().forEach(p -> index.add(document(p), out::write));
 * index.write(out::write);
 * </pre>
 *
 * <p>Files, under {@code search/}: {@code meta.json} ({@code documents}, {@code shards}, and a
 * {@code tag} that changes with the postings, for cache busting); {@code s/<n>.json}, a JSON object
 * from term to {@code [all, keys]}, the documents containing the term anywhere and in their names
 * or keys, as {@link Vlq} writes them; {@code d/<id / 1000>/<id>.json}, a page's fragment.
 */
public final class SearchIndex {
    /** The folder of the index in the site. */
    public static final String FOLDER = "search/";

    /** Aim for shards of about this many bytes: a query of a few words then loads a few of them. */
    private static final int SHARD_BYTES = 32 * 1024;

    private static final int MAX_SHARDS = 4096;

    private final int documents;
    // Each thread gathers postings of its own, merged by write(): with shared postings, locks
    // (one per term, or one per page) took a third to a half of the index's time in contention.
    private final List<Part> parts = new ArrayList<>(); // guarded by itself
    private final ThreadLocal<Part> part = ThreadLocal.withInitial(this::newPart);
    // The streaming generator: an ObjectMapper writes the same bytes, but loading data binding took
    // 0.1 s of every rebuild of one page.
    private final JsonFactory json = new JsonFactory();

    /** An index for pages numbered {@code 0} to {@code documents - 1}. */
    public SearchIndex(int documents) {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0");
        }
        this.documents = documents;
    }

    /**
     * Writes {@code doc}'s fragment through {@code write} (path, content) and records its terms.
     */
    public void add(SearchDocument doc, BiConsumer<String, String> write) {
        if (doc.id() >= documents) {
            throw new IllegalArgumentException(
                    "document " + doc.id() + " not in [0, " + documents + ")");
        }
        write.accept(fragmentPath(doc.id()), fragment(doc));
        PageTerms keyTerms = new PageTerms();
        for (String n : doc.names()) {
            Terms.collect(n, true, keyTerms);
        }
        for (String k : doc.keys()) {
            Terms.collect(k, false, keyTerms);
        }
        PageTerms terms = keyTerms.copy();
        for (String t : doc.text()) {
            Terms.collect(t, false, terms);
        }
        Part p = part.get();
        p.all.add(terms, doc.id(), documents);
        p.keys.add(keyTerms, doc.id(), documents);
    }

    /** The postings of the pages that one thread added: Han terms by code, words by string. */
    private static final class Part {
        final Side all = new Side();
        final Side keys = new Side();
    }

    /** The postings of one list of a part ({@code all} or {@code keys}). */
    private static final class Side {
        CodeMap han = new CodeMap();
        Map<String, Postings> words = new HashMap<>();

        void add(PageTerms terms, int id, int documents) {
            for (long c : terms.codes()) {
                han.computeIfAbsent(c, x -> new Postings(documents)).add(id);
            }
            for (String w : terms.words()) {
                words.computeIfAbsent(w, x -> new Postings(documents)).add(id);
            }
        }

        /** Moves the postings into {@code out}, by term; this side is empty afterwards. */
        void moveTo(Map<String, Postings> out) {
            han.forEach(
                    (code, postings) -> out.merge(Terms.term(code), postings, Postings::addAll));
            words.forEach((word, postings) -> out.merge(word, postings, Postings::addAll));
            han = new CodeMap();
            words = new HashMap<>();
        }
    }

    private Part newPart() {
        Part p = new Part();
        synchronized (parts) {
            parts.add(p);
        }
        return p;
    }

    /** The path of page {@code id}'s fragment: what a search result shows of the page. */
    public static String fragmentPath(int id) {
        return FOLDER + "d/" + (id / 1000) + "/" + id + ".json";
    }

    private String fragment(SearchDocument doc) {
        StringWriter out = new StringWriter(8 * 1024);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("url", doc.url());
            g.writeStringField("title", doc.title());
            g.writeStringField("department", doc.department());
            g.writeStringField("year", doc.year());
            g.writeStringField("kind", doc.kind());
            g.writeStringField("text", String.join(" ", doc.text()));
            g.writeStringField("keys", String.join("、", doc.keys()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the shards and {@code meta.json}; call once, after the last {@link #add}. Returns the
     * postings as written, which a later build can change page by page ({@link StoredIndex}).
     */
    public StoredIndex write(BiConsumer<String, String> write) {
        StoredIndex index = StoredIndex.of(documents, merge());
        index.writeShards(write);
        return index;
    }

    /** The postings of every page added, by term; the threads' parts are empty afterwards. */
    record Merged(Map<String, Postings> all, Map<String, Postings> keys) {}

    Merged merge() {
        List<Part> done;
        synchronized (parts) {
            done = List.copyOf(parts);
        }
        Map<String, Postings> all = new HashMap<>();
        Map<String, Postings> keys = new HashMap<>();
        for (Part p : done) {
            p.all.moveTo(all);
            p.keys.moveTo(keys);
        }
        return new Merged(all, keys);
    }

    int documents() {
        return documents;
    }

    /** A power of two, so that shards stay about {@link #SHARD_BYTES} as the site grows. */
    static int shardCount(long bytes) {
        long wanted = Math.max(1, (bytes + SHARD_BYTES - 1) / SHARD_BYTES);
        int shards = 1;
        while (shards < wanted && shards < MAX_SHARDS) {
            shards <<= 1;
        }
        return shards;
    }
}
