package org.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.cluster.ClusterState;
import org.storyline.cluster.EventClusterer;
import org.storyline.cluster.ClusterSettings;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleStore;
import org.storyline.text.Terms;

/** Issue #6 bad input: nothing crashes, nothing is lost, every article ends in exactly one event. */
class ClusteringBadInputTest {
    @TempDir
    Path dir;

    private static RawArticle raw(String id, String title, String text, LocalDate date) {
        return new RawArticle(id, title, text, date, "Src", null, "en", new Origin("in.jsonl", 1));
    }

    private Snapshot analyze(List<RawArticle> input) throws Exception {
        try (ArticleStore st = ArticleStore.open(dir.resolve("store"))) {
            Analyzer.Session s = new Analyzer(AnalyzerSettings.defaults().withBatchSize(3), System::nanoTime)
                    .open(st, AnalysisListener.NONE);
            for (RawArticle r : input) {
                s.add(r);
            }
            s.finish();
            return st.snapshot();
        }
    }

    @Test
    void emptyAfterCleaningIdenticalTimestampsAndExtremeDatesAreAllPlaced() throws Exception {
        LocalDate same = LocalDate.of(2024, 5, 1);
        List<RawArticle> input = List.of(
                raw("only-boilerplate", null, "Leave a Reply\nShare this article\nAdvertisement", same),
                raw("blank", null, "   ", same),
                raw("quake1", "Quake shakes Valdoria", "A strong earthquake shook Valdoria on Wednesday, "
                        + "damaging the old harbour and cutting power to the northern districts.", same),
                raw("quake2", "Valdoria quake damages harbour", "The earthquake in Valdoria damaged the old "
                        + "harbour and left the northern districts without power on Wednesday.", same),
                raw("far-past", "Harbour of Valdoria founded", "The harbour of Valdoria was founded by "
                        + "fishermen, chronicles say.", LocalDate.of(1, 1, 1)),
                raw("far-future", "Valdoria harbour plan", "A plan for the Valdoria harbour in the year "
                        + "9999 was published as a joke.", LocalDate.of(9999, 12, 31)));
        Snapshot snap = analyze(input);

        assertThat(snap.articles()).extracting(Article::id).containsExactlyInAnyOrder(
                "only-boilerplate", "blank", "quake1", "quake2", "far-past", "far-future");
        for (Article a : snap.articles()) {
            assertThat(snap.eventOf(a.id())).as(a.id()).isPresent();
        }
        assertThat(snap.eventOf("quake1")).isEqualTo(snap.eventOf("quake2"));
        assertThat(snap.eventOf("far-past")).isNotEqualTo(snap.eventOf("quake1"))
                .isNotEqualTo(snap.eventOf("far-future"));
        assertThat(snap.eventOf("only-boilerplate")).isNotEqualTo(snap.eventOf("quake1"));
    }

    @Test
    void oneEventOfHundredThousandArticlesStaysBounded() {
        ClusterSettings settings = ClusterSettings.defaults();
        try (Terms terms = new Terms()) {
            EventClusterer clusterer = new EventClusterer(settings, terms);
            ClusterState state = new ClusterState();
            Map<String, Integer> perEvent = new TreeMap<>();
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int b = 0; b < 100; b++) {
                List<Article> batch = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    int n = b * 1000 + i;
                    String text = "Floods hit Brennport as the river Alder burst its banks; volunteer " + (n % 997)
                            + " reported water in street " + (n % 613) + " near the Alder bridge, Brennport.";
                    Article a = Article.of(new RawArticle("a" + n, "Brennport floods", text, day.plusDays(n % 5),
                            "Src", null, "en", new Origin("t", n))).withClean(CleanText.unchanged(text));
                    batch.add(a);
                }
                clusterer.assign(batch, state).values().forEach(e -> perEvent.merge(e, 1, Integer::sum));
            }
            assertThat(perEvent.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100_000);
            assertThat(state.sizes().values().stream().mapToInt(Integer::intValue).max().orElse(0))
                    .isGreaterThan(99_000);
            assertThat(state.toBytes().length).as("the state does not grow with the event")
                    .isLessThan(2_000_000);
        }
    }
}
