package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The files of the search index, as the search page's script reads them. */
class SearchIndexTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static SearchDocument department() {
        return new SearchDocument(
                0,
                "/x/lx-zgh/",
                "泸县总工会",
                "泸县总工会",
                "",
                "部门概况",
                List.of("泸县总工会"),
                List.of("办公室"),
                List.of("维护职工合法权益。"));
    }

    static SearchDocument disclosure(int id, int year) {
        return new SearchDocument(
                id,
                "/x/lx-zgh/" + year + "/",
                year + "年报告",
                "泸县总工会",
                String.valueOf(year),
                "部门决算",
                List.of("泸县总工会", String.valueOf(year), "2210201"),
                List.of("住房公积金", "“三公”经费（单位：万元）"),
                List.of("工会经费用于职工。", "住房公积金34.64万元。"));
    }

    static Map<String, String> build(List<SearchDocument> docs) {
        Map<String, String> files = new TreeMap<>();
        SearchIndex index = new SearchIndex(docs.size());
        docs.parallelStream()
                .forEach(
                        d ->
                                index.add(
                                        d,
                                        (path, text) -> {
                                            synchronized (files) {
                                                files.put(path, text);
                                            }
                                        }));
        index.write(files::put);
        return files;
    }

    /** Every term of the index with its two lists. */
    static Map<String, List<String>> terms(Map<String, String> files) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (var f : files.entrySet()) {
            if (f.getKey().startsWith("search/s/")) {
                for (Map.Entry<String, JsonNode> e : JSON.readTree(f.getValue()).properties()) {
                    out.put(
                            e.getKey(),
                            List.of(e.getValue().get(0).asText(), e.getValue().get(1).asText()));
                }
            }
        }
        return out;
    }

    @Test
    void writesAFragmentPerPageAndTheDescriptionOfTheShards() throws IOException {
        Map<String, String> files =
                build(List.of(department(), disclosure(1, 2023), disclosure(2, 2022)));
        assertThat(files)
                .containsKeys(
                        "search/meta.json",
                        "search/s/0.json",
                        "search/d/0/0.json",
                        "search/d/0/2.json");
        JsonNode meta = JSON.readTree(files.get("search/meta.json"));
        assertThat(meta.get("documents").asInt()).isEqualTo(3);
        assertThat(meta.get("shards").asInt()).isEqualTo(1);
        assertThat(meta.get("tag").asText()).matches("[0-9a-f]+");
        JsonNode fragment = JSON.readTree(files.get("search/d/0/1.json"));
        assertThat(fragment.get("url").asText()).isEqualTo("/x/lx-zgh/2023/");
        assertThat(fragment.get("year").asText()).isEqualTo("2023");
        assertThat(fragment.get("text").asText()).isEqualTo("工会经费用于职工。 住房公积金34.64万元。");
        assertThat(fragment.get("keys").asText()).isEqualTo("住房公积金、“三公”经费（单位：万元）");
    }

    @Test
    void listsWhereEachTermOccursAndWhereItNamesThePage() throws IOException {
        Map<String, List<String>> terms =
                terms(build(List.of(department(), disclosure(1, 2023), disclosure(2, 2022))));
        assertThat(terms.get("工会")).as("in every page: a bit set").containsExactly("~H", "~H");
        assertThat(terms.get("住房")).containsExactly("BA", "BA");
        assertThat(terms.get("经费")).containsExactly("BA", "BA");
        assertThat(terms.get("职工")).as("in the text only").containsExactly("~H", "");
        assertThat(terms.get("积")).containsExactly("BA", "BA");
        assertThat(terms.get("2023")).containsExactly("B", "B");
        assertThat(terms.get("2210201")).containsExactly("BA", "BA");
        assertThat(terms).doesNotContainKeys("34", "64");
    }

    @Test
    void theSameSiteGivesTheSameFilesWhateverTheOrderOfPages() {
        Map<String, String> a =
                build(List.of(department(), disclosure(1, 2023), disclosure(2, 2022)));
        Map<String, String> b =
                build(List.of(disclosure(2, 2022), disclosure(1, 2023), department()));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void shardsStayAboutThirtyTwoKilobytes() {
        assertThat(SearchIndex.shardCount(0)).isEqualTo(1);
        assertThat(SearchIndex.shardCount(32 * 1024)).isEqualTo(1);
        assertThat(SearchIndex.shardCount(32 * 1024 + 1)).isEqualTo(2);
        assertThat(SearchIndex.shardCount(5_000_000)).isEqualTo(256);
        assertThat(SearchIndex.shardCount(Long.MAX_VALUE / 2)).isEqualTo(4096);
    }
}
