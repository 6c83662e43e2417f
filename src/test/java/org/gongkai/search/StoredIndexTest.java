package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A stored index changed page by page writes the same shards as a full index of the pages after the
 * change.
 */
class StoredIndexTest {
    private static final String[] WORDS = {
        "住房公积金", "工会经费", "职工", "三公经费", "会议费", "培训费", "公务接待", "budget", "2210201", "办公室", "项目支出",
        "基本支出", "绩效目标", "tax", "人员经费", "商品和服务支出"
    };

    /** A page of some of the words; which ones depends on {@code seed}. */
    private static SearchDocument page(int id, int seed) {
        Random r = new Random(seed);
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String w : WORDS) {
            int pick = r.nextInt(6);
            if (pick == 0) {
                names.add(w);
            } else if (pick == 1) {
                keys.add(w + "（单位：万元）");
            } else if (pick < 4) {
                text.add("本年度" + w + "比上年增加" + r.nextInt(100) + "万元。");
            }
        }
        return new SearchDocument(
                id,
                "/p/" + seed + "/",
                "第" + seed + "页",
                "部门" + seed % 7,
                "2023",
                "部门决算",
                names,
                keys,
                text);
    }

    /**
     * The shards and meta of a full index of {@code seeds}, page {@code i} from {@code seeds[i]}.
     */
    private static Map<String, String> full(int[] seeds) {
        SearchIndex index = new SearchIndex(seeds.length);
        for (int i = 0; i < seeds.length; i++) {
            index.add(page(i, seeds[i]), (path, text) -> {});
        }
        return shards(index.write((path, text) -> {}));
    }

    private static StoredIndex stored(int[] seeds) throws IOException {
        SearchIndex index = new SearchIndex(seeds.length);
        for (int i = 0; i < seeds.length; i++) {
            index.add(page(i, seeds[i]), (path, text) -> {});
        }
        return roundTrip(index.write((path, text) -> {}));
    }

    private static Map<String, String> shards(StoredIndex index) {
        Map<String, String> files = new TreeMap<>();
        index.writeShards(files::put);
        return files;
    }

    private static StoredIndex roundTrip(StoredIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            index.write(out);
        }
        return StoredIndex.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    /**
     * {@code before} changed into {@code after}: pages keep their number unless {@code moves} says
     * otherwise, and the pages in {@code rewritten} (numbers after the change) are indexed again.
     */
    private static Map<String, String> updated(
            int[] before, int[] after, int[] moves, int[] rewritten) throws IOException {
        SearchIndex changed = new SearchIndex(after.length);
        for (int id : rewritten) {
            changed.add(page(id, after[id]), (path, text) -> {});
        }
        StoredIndex old = stored(before);
        StoredIndex.Changed c = old.update(moves, after.length, changed, rewritten);
        Map<String, String> files = shards(old);
        c.index()
                .writeShards(
                        old,
                        c.terms(),
                        i ->
                                files.get("search/s/" + i + ".json")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        files::put);
        assertThat(files).as("written as changes").isEqualTo(shards(c.index()));
        return shards(c.index());
    }

    private static int[] seeds(int n) {
        return IntStream.range(0, n).map(i -> i * 7 + 1).toArray();
    }

    private static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    @Test
    void unchangedIndexWritesTheSameShards() throws IOException {
        int[] seeds = seeds(300);
        assertThat(shards(stored(seeds))).isEqualTo(full(seeds));
        assertThat(updated(seeds, seeds, identity(300), new int[0])).isEqualTo(full(seeds));
    }

    @Test
    void pageRewrittenWithOtherWords() throws IOException {
        int[] before = seeds(300);
        int[] after = before.clone();
        after[17] = 100_000;
        after[250] = 100_001;
        assertThat(full(after)).isNotEqualTo(full(before));
        assertThat(updated(before, after, identity(300), new int[] {17, 250}))
                .isEqualTo(full(after));
    }

    @Test
    void pageAddedInTheMiddleMovesTheOthers() throws IOException {
        int[] before = seeds(300);
        int[] after = new int[301];
        int[] moves = new int[300];
        for (int i = 0; i < 300; i++) {
            moves[i] = i < 120 ? i : i + 1;
            after[moves[i]] = before[i];
        }
        after[120] = 100_000;
        assertThat(updated(before, after, moves, new int[] {120})).isEqualTo(full(after));
    }

    @Test
    void pageRemovedMovesTheOthers() throws IOException {
        int[] before = seeds(300);
        int[] after = new int[299];
        int[] moves = new int[300];
        for (int i = 0; i < 300; i++) {
            moves[i] = i == 5 ? -1 : i < 5 ? i : i - 1;
            if (moves[i] >= 0) {
                after[moves[i]] = before[i];
            }
        }
        assertThat(updated(before, after, moves, new int[0])).isEqualTo(full(after));
    }

    @Test
    void rewrittenPagesMoveTermsBetweenBothForms() throws IOException {
        // Few pages and words: terms cross the line between a list of gaps and a bit set either
        // way.
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            int n = 20 + r.nextInt(60);
            int[] before = IntStream.range(0, n).map(i -> r.nextInt(1000)).toArray();
            int[] after = before.clone();
            int[] rewritten = IntStream.range(0, n).filter(i -> r.nextInt(4) == 0).toArray();
            for (int id : rewritten) {
                after[id] = r.nextInt(1000);
            }
            assertThat(updated(before, after, identity(n), rewritten))
                    .as("round %d", round)
                    .isEqualTo(full(after));
        }
    }

    @Test
    void shardsWithoutAChangedTermAreNotWrittenAgain() throws IOException {
        // Pages of many rare words: enough terms for several shards.
        int n = 2000;
        SearchIndex before = new SearchIndex(n);
        for (int i = 0; i < n; i++) {
            before.add(wordy(i, i), (path, text) -> {});
        }
        StoredIndex old = before.write((path, text) -> {});
        Map<String, String> files = shards(old);
        assertThat(files.keySet().stream().filter(f -> f.startsWith("search/s/")))
                .hasSizeGreaterThan(4);
        SearchIndex changed = new SearchIndex(n);
        changed.add(wordy(7, 100_007), (path, text) -> {});
        StoredIndex.Changed c = old.update(identity(n), n, changed, new int[] {7});
        Map<String, String> written = new TreeMap<>();

        c.index()
                .writeShards(
                        old,
                        c.terms(),
                        i ->
                                files.get("search/s/" + i + ".json")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        written::put);

        assertThat(written.size()).as("some shards and meta.json").isLessThan(files.size());
        Map<String, String> after = new TreeMap<>(files);
        after.putAll(written);
        SearchIndex full = new SearchIndex(n);
        for (int i = 0; i < n; i++) {
            full.add(wordy(i, i == 7 ? 100_007 : i), (path, text) -> {});
        }
        assertThat(after).isEqualTo(shards(full.write((path, text) -> {})));
    }

    private static SearchDocument wordy(int id, int seed) {
        Random r = new Random(seed);
        List<String> text = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            text.add("word" + r.nextInt(40_000));
        }
        return new SearchDocument(
                id, "/p/" + id + "/", "p", "d", "2023", "k", List.of(), List.of(), text);
    }

    @Test
    void termsOfNoPageLeftAreGone() throws IOException {
        int[] before = {1, 2};
        SearchIndex changed = new SearchIndex(1);
        changed.add(page(0, 1), (path, text) -> {});
        Map<String, String> files =
                shards(stored(before).update(new int[] {0, -1}, 1, changed, new int[] {0}).index());
        assertThat(files).isEqualTo(full(new int[] {1}));
    }

    @Test
    void decodesBothForms() {
        int[] ids = {0, 3, 31, 32, 1000, 1_000_001};
        assertThat(Vlq.decode(Vlq.gaps(ids))).containsExactly(ids);
        int[] dense = IntStream.range(0, 600).filter(i -> i % 7 != 0).toArray();
        assertThat(Vlq.decode(Vlq.bits(dense, 600))).containsExactly(dense);
        assertThat(Vlq.containsAny(Vlq.gaps(ids), new int[] {2, 32})).isTrue();
        assertThat(Vlq.containsAny(Vlq.gaps(ids), new int[] {2, 33, 2_000_000})).isFalse();
        assertThat(Vlq.containsAny(Vlq.bits(dense, 600), new int[] {7, 14})).isFalse();
        assertThat(Vlq.containsAny(Vlq.bits(dense, 600), new int[] {7, 599})).isTrue();
    }
}
