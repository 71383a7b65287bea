package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class ArticleCodecTest {
    private final ArticleCodec codec = new ArticleCodec(new ObjectMapper());

    private static Article article() {
        return Article.of(new RawArticle("p", "Storm", "Body.", LocalDate.of(2023, 12, 27), "Courier",
                "https://courier.example/2023/12/27/storm", "en", new Origin("crawl.warc.gz", 3),
                List.of("Ana Ruiz", "Li Wei"), "URL /2023/12/27/", Instant.parse("2024-03-05T10:00:00Z")));
    }

    @Test
    void thePublicFormHasAuthorsFetchTimeAndTheDateEvidence() {
        ObjectNode json = codec.toJson(article(), false);

        assertThat(json.get("authors").toString()).isEqualTo("[\"Ana Ruiz\",\"Li Wei\"]");
        assertThat(json.get("fetched").asText()).isEqualTo("2024-03-05T10:00:00Z");
        assertThat(json.get("published").asText()).isEqualTo("2023-12-27");
        assertThat(json.get("date_evidence").get("source").asText()).isEqualTo("GIVEN");
        assertThat(json.get("date_evidence").get("evidence").asText()).isEqualTo("URL /2023/12/27/");
    }

    @Test
    void theStoredFormKeepsAuthorsFetchTimeAndEvidence() {
        Article a = article();

        Article back = codec.fromStored(codec.toJson(a, true));

        assertThat(back.authors()).isEqualTo(a.authors());
        assertThat(back.fetched()).isEqualTo(a.fetched());
        assertThat(back.dating()).isEqualTo(a.dating());
    }

    @Test
    void anArticleWithoutTheNewFieldsHasEmptyAuthorsAndNoFetchTime() {
        Article a = Article.of(new RawArticle("q", null, "Body.", null, null, null, null, new Origin("a.txt", 0)));
        ObjectNode json = codec.toJson(a, true);
        json.remove("authors"); // as in a store written before authors existed
        json.remove("fetched");

        Article back = codec.fromStored(json);

        assertThat(back.authors()).isEmpty();
        assertThat(back.fetched()).isNull();
        assertThat(back.id()).isEqualTo(a.id());
    }
}
