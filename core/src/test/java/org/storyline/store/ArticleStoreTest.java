package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.cluster.ClusterState;
import org.storyline.model.Article;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

class ArticleStoreTest {
    @TempDir
    Path dir;

    private static Article article(String id, String text) {
        Article a = Article.of(new RawArticle(id, "Title " + id, "Junk\n" + text, LocalDate.of(2024, 2, 11), "Wire",
                "https://x.example/" + id, "en", new Origin("in.jsonl", 3)));
        CleanText clean = new CleanText(text, List.of(new RemovedSpan(0, 5, BoilerplateReason.OTHER, "Junk\n")),
                OffsetMap.builder().add(0, 5, text.length()).build());
        return a.withClean(clean).withContentHash("h-" + id);
    }

    @Test
    void committedBatchesSurviveReopeningWithEverything() throws Exception {
        Article a = article("a", "Alpha text.");
        Article b = article("b", "Beta text.").withDuplicateOf("a")
                .withDating(new Dating(LocalDate.of(2023, 12, 1), DatePrecision.MONTH, DateSource.TEXT, "\"This month\""));
        try (ArticleStore st = ArticleStore.open(dir)) {
            st.commitBatch(List.of(a, b), Map.of("a", "E-1", "b", "E-1"), new ClusterState());
            st.commitDerived(List.of(new Event("E-1", List.of("a", "b"), null, null, "H", "S", List.of("Wire"))),
                    List.of(new Storyline("S-1", "H", List.of("E-1"))), List.of());
        }
        try (ArticleStore st = ArticleStore.open(dir)) {
            assertThat(st.articleCount()).isEqualTo(2);
            assertThat(st.article("a")).contains(a);
            assertThat(st.article("b")).contains(b);
            assertThat(st.idWithHash("h-a")).contains("a");
            assertThat(st.idWithHash("h-b")).as("duplicates are not indexed as originals").isEmpty();
            assertThat(st.eventOf("b")).contains("E-1");
            Snapshot snap = st.snapshot();
            assertThat(snap.events()).extracting(Event::headline).containsExactly("H");
            assertThat(snap.storylineOf("E-1")).contains("S-1");
            assertThat(snap.eventOf("b")).contains("E-1");
        }
    }

    @Test
    void uncommittedWritesAreDiscardedAndTheStateIsCheckpointed() throws Exception {
        ClusterState state = new ClusterState();
        state.vocabulary().id("river");
        try (ArticleStore st = ArticleStore.open(dir)) {
            st.commitBatch(List.of(article("a", "One.")), Map.of("a", "E-1"), state);
        }
        try (ArticleStore st = ArticleStore.open(dir)) {
            assertThat(st.loadState().vocabulary().size()).isEqualTo(1);
        }
    }

    @Test
    void aBatchWithAnArticleWithoutEventIsRefusedWhole() throws Exception {
        try (ArticleStore st = ArticleStore.open(dir)) {
            assertThatThrownBy(() -> st.commitBatch(List.of(article("a", "One.")), Map.of(), new ClusterState()))
                    .hasMessageContaining("article a has no event");
            assertThat(st.articleCount()).isZero();
        }
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUse() throws Exception {
        try (ArticleStore st = ArticleStore.open(dir)) {
            assertThatThrownBy(() -> ArticleStore.open(dir)).hasMessageContaining("in use");
        }
    }
}
