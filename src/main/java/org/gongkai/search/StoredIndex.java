package org.gongkai.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * The postings of a written search index, each term's documents encoded as the shards hold them. A
 * build keeps it between runs so that a rebuild which changes a few pages re-encodes only the terms
 * of those pages ({@link #update}), then writes the shards as a full build would. Immutable.
 *
 * <pre>
 * StoredIndex stored = index.write(out::write);               // a full build
 * SearchIndex changed = new SearchIndex(documents);            // a rebuild: the changed pages
 * changed.add(document, out::write);
 * StoredIndex.Changed c = stored.update(moves, documents, changed, changedIds);
 * c.index().writeShards(stored, c.terms(), site::shardBytes, out::write);
 * </pre>
 */
public final class StoredIndex {
    private static final int FORMAT = 2;

    private final int documents;
    private final String[] terms; // ascending
    private final String[] all; // the documents containing the term anywhere, encoded
    private final String[] keys; // those containing it in their names or keys, encoded or ""
    private final long bytes; // the length of the shards' entries, which sets how many shards

    private StoredIndex(int documents, String[] terms, String[] all, String[] keys, long bytes) {
        this.documents = documents;
        this.terms = terms;
        this.all = all;
        this.keys = keys;
        this.bytes = bytes;
    }

    private StoredIndex(int documents, String[] terms, String[] all, String[] keys) {
        this(documents, terms, all, keys, entryLengths(terms, all, keys));
    }

    private static long entryLengths(String[] terms, String[] all, String[] keys) {
        long bytes = 0;
        for (int i = 0; i < terms.length; i++) {
            bytes += entryLength(terms[i], all[i], keys[i]);
        }
        return bytes;
    }

    /** The length of {@link #entry}, without building it. */
    private static int entryLength(String term, String all, String keys) {
        return 10
                + JsonStringEncoder.getInstance().quoteAsString(term).length
                + all.length()
                + keys.length();
    }

    /** A term's entry in its shard: {@code "term":["all","keys"]}. */
    private static String entry(String term, String all, String keys) {
        return "\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(term))
                + "\":[\""
                + all
                + "\",\""
                + keys
                + "\"]";
    }

    static StoredIndex of(int documents, SearchIndex.Merged merged) {
        String[] terms = merged.all().keySet().toArray(new String[0]);
        Arrays.sort(terms);
        String[] all = new String[terms.length];
        String[] keys = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Postings k = merged.keys().get(terms[i]);
            all[i] = Vlq.encode(merged.all().get(terms[i]).sorted(), documents);
            keys[i] = k == null ? "" : Vlq.encode(k.sorted(), documents);
        }
        return new StoredIndex(documents, terms, all, keys);
    }

    /** The number of pages of the index. */
    public int documents() {
        return documents;
    }

    /**
     * An index after a change, and the terms whose entries the change touched (changed, added or
     * removed): a shard holding none of them is the same as before.
     */
    public record Changed(StoredIndex index, Set<String> terms) {}

    /**
     * This index after a change of its pages.
     *
     * @param moves for each page of this index, its number after the change, or -1 when it is gone
     * @param documents the number of pages after the change
     * @param changed an index of {@code documents} pages holding the pages the change added or
     *     rewrote, with their numbers after the change
     * @param changedIds those numbers: what this index knew of them is dropped
     */
    public Changed update(int[] moves, int documents, SearchIndex changed, int[] changedIds) {
        if (moves.length != this.documents || changed.documents() != documents) {
            throw new IllegalArgumentException("moves and documents do not fit this index");
        }
        int[] dropped = changedIds.clone();
        Arrays.sort(dropped);
        boolean same = documents == this.documents && isIdentity(moves);
        SearchIndex.Merged fresh = changed.merge();
        String[] added = fresh.all().keySet().toArray(new String[0]);
        Arrays.sort(added);
        List<String> outTerms = new ArrayList<>(terms.length + added.length);
        List<String> outAll = new ArrayList<>(terms.length + added.length);
        List<String> outKeys = new ArrayList<>(terms.length + added.length);
        Set<String> touched = new HashSet<>();
        long outBytes = bytes;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < added.length) {
            int c = i == terms.length ? 1 : j == added.length ? -1 : terms[i].compareTo(added[j]);
            String term = c <= 0 ? terms[i] : added[j];
            String oldAll = c <= 0 ? all[i] : "";
            String oldKeys = c <= 0 ? keys[i] : "";
            Postings newAll = c >= 0 ? fresh.all().get(term) : null;
            Postings newKeys = c >= 0 ? fresh.keys().get(term) : null;
            if (c <= 0) {
                i++;
            }
            if (c >= 0) {
                j++;
            }
            String a;
            String k;
            if (!same) {
                a = encode(oldAll, newAll, moves, dropped, documents);
                k = encode(oldKeys, newKeys, moves, dropped, documents);
            } else if (newAll == null && !Vlq.containsAny(oldAll, dropped)) {
                // a term of none of the changed pages, as most are: the keys are a subset of all
                a = oldAll;
                k = oldKeys;
            } else {
                // a term of a changed page: most often in it before and after
                a = patch(oldAll, newAll, dropped, documents);
                k = patch(oldKeys, newKeys, dropped, documents);
            }
            if (!a.equals(oldAll) || !k.equals(oldKeys)) {
                touched.add(term);
                outBytes -= oldAll.isEmpty() ? 0 : entryLength(term, oldAll, oldKeys);
                outBytes += a.isEmpty() ? 0 : entryLength(term, a, k);
            }
            if (!a.isEmpty()) {
                outTerms.add(term);
                outAll.add(a);
                outKeys.add(k);
            }
        }
        StoredIndex index =
                new StoredIndex(
                        documents,
                        outTerms.toArray(new String[0]),
                        outAll.toArray(new String[0]),
                        outKeys.toArray(new String[0]),
                        outBytes);
        return new Changed(index, Set.copyOf(touched));
    }

    private static boolean isIdentity(int[] moves) {
        for (int i = 0; i < moves.length; i++) {
            if (moves[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code old} with the dropped documents it holds replaced by {@code fresh}'s, when they
     * differ.
     */
    private static String patch(String old, Postings fresh, int[] dropped, int documents) {
        int[] had = old.isEmpty() ? new int[0] : Vlq.among(old, dropped);
        int[] has = fresh == null ? new int[0] : fresh.sorted();
        return Arrays.equals(had, has) ? old : Vlq.withChanges(old, had, has, documents);
    }

    /** The old documents moved, less the dropped ones, with the new ones; "" when none is left. */
    private static String encode(
            String old, Postings fresh, int[] moves, int[] dropped, int documents) {
        int[] before = old.isEmpty() ? new int[0] : Vlq.decode(old);
        int[] added = fresh == null ? new int[0] : fresh.sorted();
        int[] out = new int[before.length + added.length];
        int n = 0;
        for (int id : before) {
            int moved = moves[id];
            if (moved >= 0 && Arrays.binarySearch(dropped, moved) < 0) {
                out[n++] = moved;
            }
        }
        System.arraycopy(added, 0, out, n, added.length);
        n += added.length;
        if (n == 0) {
            return "";
        }
        int[] ids = Arrays.copyOf(out, n);
        Arrays.sort(ids);
        return Vlq.encode(ids, documents);
    }

    /**
     * Writes the shards and {@code meta.json} through {@code write} (path, content): each shard a
     * JSON object from term to {@code [all, keys]}, terms spread over a power of two of shards by
     * {@link Terms#shard}. Returns the number of shards ({@code s/0.json} to {@code s/<n -
     * 1>.json}).
     */
    public int writeShards(BiConsumer<String, String> write) {
        int shards = shards();
        boolean[] all = new boolean[shards];
        Arrays.fill(all, true);
        write(shards, all, i -> new byte[0], write);
        return shards;
    }

    /**
     * Writes what changed of the shards and {@code meta.json}, for an index that differs from
     * {@code before} in {@code touched} terms only ({@link #update}): with as many shards as
     * before, a shard holding none of them is not written again, and its bytes for the tag of
     * {@code meta.json} are read from where it was written ({@code written}, by shard number); with
     * another number of shards, every shard is written. Returns the number of shards.
     */
    public int writeShards(
            StoredIndex before,
            Set<String> touched,
            IntFunction<byte[]> written,
            BiConsumer<String, String> write) {
        int shards = shards();
        boolean[] rewrite = new boolean[shards];
        if (shards == before.shards()) {
            for (String t : touched) {
                rewrite[Terms.shard(t, shards)] = true;
            }
        } else {
            Arrays.fill(rewrite, true);
        }
        boolean any = false;
        for (boolean r : rewrite) {
            any |= r;
        }
        if (any || documents != before.documents) {
            write(shards, rewrite, written, write);
        }
        return shards;
    }

    private int shards() {
        return SearchIndex.shardCount(bytes);
    }

    /** Writes the shards marked in {@code rewrite} and {@code meta.json}. */
    private void write(
            int shards,
            boolean[] rewrite,
            IntFunction<byte[]> written,
            BiConsumer<String, String> write) {
        List<StringBuilder> out = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            out.add(rewrite[i] ? new StringBuilder("{") : null);
        }
        for (int i = 0; i < terms.length; i++) {
            StringBuilder sb = out.get(Terms.shard(terms[i], shards));
            if (sb != null) {
                sb.append(sb.length() == 1 ? "" : ",").append(entry(terms[i], all[i], keys[i]));
            }
        }
        CRC32 tag = new CRC32();
        for (int i = 0; i < shards; i++) {
            if (rewrite[i]) {
                String shard = out.get(i).append("}\n").toString();
                tag.update(shard.getBytes(StandardCharsets.UTF_8));
                write.accept(SearchIndex.FOLDER + "s/" + i + ".json", shard);
            } else {
                tag.update(written.apply(i));
            }
        }
        write.accept(
                SearchIndex.FOLDER + "meta.json",
                "{\"version\":1,\"documents\":"
                        + documents
                        + ",\"shards\":"
                        + shards
                        + ",\"tag\":\""
                        + Long.toHexString(tag.getValue())
                        + "\"}\n");
    }

    /** Writes this index for {@link #read}. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(documents);
        out.writeLong(bytes);
        out.writeInt(terms.length);
        for (int i = 0; i < terms.length; i++) {
            out.writeUTF(terms[i]);
            writeAscii(all[i], out);
            writeAscii(keys[i], out);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static StoredIndex read(DataInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not a search index of this version");
        }
        int documents = in.readInt();
        long bytes = in.readLong();
        int n = in.readInt();
        String[] terms = new String[n];
        String[] all = new String[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            terms[i] = in.readUTF();
            all[i] = readAscii(in);
            keys[i] = readAscii(in);
        }
        return new StoredIndex(documents, terms, all, keys, bytes);
    }

    // Encoded postings are base-64 digits: a byte each, and longer than writeUTF allows at 400,000
    // pages.
    private static void writeAscii(String s, DataOutput out) throws IOException {
        out.writeInt(s.length());
        out.writeBytes(s);
    }

    private static String readAscii(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
