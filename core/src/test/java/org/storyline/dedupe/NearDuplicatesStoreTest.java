package org.storyline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.analyze.Analyzer;
import org.storyline.analyze.AnalyzerSettings;
import org.storyline.analyze.AnalysisListener;
import org.storyline.cluster.ClusterState;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Derivation;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.Relation;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleCodec;
import org.storyline.store.ArticleStore;

/** Near duplicates through the analysis and the store: persisted with the batch, resumed by later runs. */
class NearDuplicatesStoreTest {
    @TempDir
    Path dir;

    private static final String NEAR = "Share this article. " + DedupeFixtures.flood() + " Read more local news.";

    private static RawArticle raw(String id, String text, LocalDate date) {
        return new RawArticle(id, "Title " + id, text, date, "Src", null, "en", new Origin("in.jsonl", 1));
    }

    private static List<RawArticle> first() {
        return List.of(raw("flood", DedupeFixtures.flood(), LocalDate.of(2024, 3, 5)),
                raw("budget", DedupeFixtures.BUDGET, LocalDate.of(2024, 3, 4)));
    }

    private static List<RawArticle> second() {
        List<String> s = new ArrayList<>(DedupeFixtures.FLOOD);
        s.remove(3);
        return List.of(raw("near", NEAR, LocalDate.of(2024, 3, 6)),
                raw("copy-of-near", NEAR.toUpperCase(), LocalDate.of(2024, 3, 7)),
                raw("shorter", String.join(" ", s), null),
                raw("report", DedupeFixtures.FLOOD_OTHER_REPORT, LocalDate.of(2024, 3, 6)));
    }

    private Snapshot analyze(Path store, List<List<RawArticle>> runs) throws Exception {
        Analyzer analyzer = new Analyzer(AnalyzerSettings.defaults().withBatchSize(2), System::nanoTime);
        for (List<RawArticle> run : runs) {
            try (ArticleStore st = ArticleStore.open(store)) {
                Analyzer.Session session = analyzer.open(st, AnalysisListener.NONE);
                for (RawArticle r : run) {
                    session.add(r);
                }
                session.finish();
            }
        }
        try (ArticleStore st = ArticleStore.open(store)) {
            return st.snapshot();
        }
    }

    @Test
    void nearCopiesOfArticlesFromAnEarlierRunAreFoundAndKeptWithTheirEvidence() throws Exception {
        Snapshot s = analyze(dir.resolve("two-runs"), List.of(first(), second()));
        Article near = s.article("near").orElseThrow();
        assertThat(near.relation()).isEqualTo(Relation.NEAR_COPY);
        assertThat(near.duplicateOf()).isEqualTo("flood");
        assertThat(near.derivation().derivedFrom()).isEqualTo("flood");
        assertThat(near.derivation().similarity()).isBetween(0.8, 1.0);
        Article copy = s.article("copy-of-near").orElseThrow();
        assertThat(copy.derivation()).isEqualTo(Derivation.copyOf("near"));
        assertThat(copy.duplicateOf()).isEqualTo("flood");
        assertThat(s.article("shorter").orElseThrow().duplicateOf()).isEqualTo("flood");
        // the other report tells the same facts in the same order in other words: no near copy (the duplicate
        // stages leave it alone); the provenance pass may call it a rewrite
        assertThat(s.article("report").orElseThrow().duplicateOf()).isNull();
        assertThat(s.article("report").orElseThrow().derivation()).isNull();
        assertThat(s.eventOf("near")).isEqualTo(s.eventOf("flood"));
        assertThat(s.eventOf("copy-of-near")).isEqualTo(s.eventOf("flood"));

        ObjectNode json = new ArticleCodec(new ObjectMapper()).toJson(near, false);
        assertThat(json.get("relation").asText()).isEqualTo("near-copy");
        assertThat(json.get("derived_from").asText()).isEqualTo("flood");
        assertThat(json.get("duplicate_of").asText()).isEqualTo("flood");
        assertThat(json.get("similarity").asDouble()).isBetween(0.8, 1.0);
        ObjectNode original = new ArticleCodec(new ObjectMapper()).toJson(s.article("flood").orElseThrow(), false);
        assertThat(original.get("relation").asText()).isEqualTo("original");
        assertThat(original.get("derived_from").isNull()).isTrue();
    }

    @Test
    void runningInTwoRunsGivesTheSameMarksAsOneRun() throws Exception {
        List<RawArticle> all = new ArrayList<>(first());
        all.addAll(second());
        Snapshot once = analyze(dir.resolve("one-run"), List.of(all));
        Snapshot twice = analyze(dir.resolve("two-runs"), List.of(first(), second()));
        assertThat(twice.articles()).extracting(Article::id, Article::duplicateOf, Article::derivation)
                .isEqualTo(once.articles().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.duplicateOf(), a.derivation()))
                        .toList());
        assertThat(once.articles()).extracting(Article::relation).contains(Relation.NEAR_COPY, Relation.COPY);
    }

    @Test
    void sketchesAreCommittedWithTheBatchAndSurviveDerivedUpdates() throws Exception {
        NearDuplicateSettings settings = NearDuplicateSettings.defaults();
        Sketcher sketcher = new Sketcher(settings);
        Article a = DedupeFixtures.article("a", DedupeFixtures.flood());
        Article b = DedupeFixtures.article("b", DedupeFixtures.BUDGET);
        try (ArticleStore st = ArticleStore.open(dir)) {
            st.commitBatch(List.of(a), Map.of("a", "E-a"), new ClusterState(),
                    Map.of("a", sketcher.sketch(a.body())));
            st.commitBatch(List.of(b), Map.of("b", "E-b"), new ClusterState(),
                    Map.of("b", sketcher.sketch(b.body())));
            // an uncommitted-then-abandoned batch leaves nothing behind
        }
        try (ArticleStore st = ArticleStore.open(dir)) {
            Article dated = a.withDating(Dating.given(LocalDate.of(2024, 1, 2)));
            st.commitDerived(List.of(), List.of(), List.of(new ArticleStore.StoredArticle(dated, "E-a")));
        }
        try (ArticleStore st = ArticleStore.open(dir)) {
            NearDuplicateIndex index = st.loadNearDuplicates(settings);
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.bestMatch(sketcher.sketch(DedupeFixtures.flood() + " More."))).get()
                    .extracting(NearDuplicateIndex.Match::id).isEqualTo("a");
            assertThatThrownBy(() -> st.loadNearDuplicates(settings.withShingleWords(3)))
                    .hasMessageContaining("stored article a").hasMessageContaining("other near-duplicate settings");
        }
    }
}
