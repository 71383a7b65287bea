package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void oneKeyForTheSamePageWhateverTheDecoration() {
        String key = UrlKey.of("https://www.news.example/world/storm-hits/?utm_source=rss&utm_medium=feed#comments");
        assertThat(key).isEqualTo("news.example/world/storm-hits");
        assertThat(UrlKey.of("http://NEWS.example/world/storm-hits")).isEqualTo(key);
        assertThat(UrlKey.of("https://news.example/a/f%C3%BCrs")).isEqualTo(UrlKey.of("https://news.example/a/fürs"));
        assertThat(UrlKey.of("https://news.example/item?id=7")).isNotEqualTo(UrlKey.of("https://news.example/item?id=8"));
        assertThat(UrlKey.of("/relative")).isNull();
        assertThat(UrlKey.of("mailto:a@b.c")).isNull();
    }

    @Test
    void withoutQueryOnlyForSpecificPaths() {
        assertThat(UrlKey.withoutQuery("https://news.example/world/storm-hits-the-coast?cmp=rss"))
                .isEqualTo("news.example/world/storm-hits-the-coast");
        assertThat(UrlKey.withoutQuery("https://news.example/item?id=7")).isNull();
    }

    @Test
    void idsComeFromTheUrlOrTheFileAndRecordNumber() {
        assertThat(ArticleIds.of("https://www.news.example/world/storm-hits/?utm_source=x", "feed", 3))
                .isEqualTo("news.example-world-storm-hits");
        assertThat(ArticleIds.of(null, "feed", 3)).isEqualTo("feed-3");
        String long1 = ArticleIds.of("https://news.example/" + "a".repeat(300) + "1", "f", 1);
        String long2 = ArticleIds.of("https://news.example/" + "a".repeat(300) + "2", "f", 1);
        assertThat(long1).hasSize(120).isNotEqualTo(long2);
    }
}
