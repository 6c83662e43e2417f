package org.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedTest {
    @Test
    void entriesAreNewestFirstAndDatedByTheirContentNotTheBuild() {
        String atom =
                Feed.atom(
                        "公开 & 透明",
                        "https://x.gov.cn/",
                        "zh-CN",
                        List.of(
                                new Feed.Entry(
                                        "https://x.gov.cn/a/2022/",
                                        "旧",
                                        "s",
                                        LocalDate.of(2022, 12, 31)),
                                new Feed.Entry(
                                        "https://x.gov.cn/b/2023/",
                                        "新",
                                        "s <b>",
                                        LocalDate.of(2024, 4, 30))));
        assertThat(atom)
                .contains(
                        "<title>公开 &amp; 透明</title>",
                        "<updated>2024-04-30T00:00:00Z</updated>",
                        "<summary>s &lt;b&gt;</summary>");
        assertThat(atom.indexOf("<title>新</title>")).isLessThan(atom.indexOf("<title>旧</title>"));
    }
}
