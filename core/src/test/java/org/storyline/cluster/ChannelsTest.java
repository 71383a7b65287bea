package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.embed.Embedder;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.text.Terms;

class ChannelsTest {

    @Test
    void namesAreCapitalisedWordsInsideSentencesFoldedAndMarked() {
        assertThat(Names.of("Police said Lindsay Lohan checked into the Betty Ford Center. She left López's car."))
                .containsExactly("@lindsay", "@lohan", "@betty", "@ford", "@center", "@lopez");
        assertThat(Names.of("The day. Monday was quiet, said Mr Smith")).containsExactly("@smith");
        assertThat(Names.of(null)).isEmpty();
    }

    @Test
    void missingChannelsDropOutOfTheMeanInsteadOfCountingAsZero() {
        Scoring s = new Scoring(1.0, 1.0, 0.2);
        assertThat(s.combine(0.5, false, 0, false, 0)).isCloseTo(0.5, within(1e-9));
        assertThat(s.combine(0.5, true, 0.1, false, 0)).isCloseTo(0.3, within(1e-9));
        // embedding cosine 0.6 rescaled from [0.2, 1] to 0.5
        assertThat(s.combine(0.5, true, 0.1, true, 0.6)).isCloseTo((0.5 + 0.1 + 0.5) / 3, within(1e-9));
        assertThat(s.combine(0.5, true, 0.1, true, 0.1)).isCloseTo(0.6 / 3, within(1e-9));
    }

    @Test
    void stateKeepsEmbeddingsAcrossCheckpoints() throws Exception {
        Embedder fake = new Embedder() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public float[] embed(String text) {
                return text.contains("storm") ? new float[] {1, 0, 0} : new float[] {0, 1, 0};
            }
        };
        ClusterSettings settings = ClusterSettings.builder().embeddingWeight(1).nameWeight(1).build();
        try (Terms terms = new Terms()) {
            EventClusterer clusterer = new EventClusterer(settings, terms, fake);
            ClusterState state = new ClusterState();
            Map<String, String> events = clusterer.assign(List.of(
                    article("a", "A storm hit Lisbon on Monday, flooding streets near the river Tagus."),
                    article("b", "The storm that hit Lisbon flooded streets near the Tagus on Monday."),
                    article("c", "Parliament in Oslo passed the budget after a long debate on taxes.")), state);
            assertThat(events.get("a")).isEqualTo(events.get("b")).isNotEqualTo(events.get("c"));
            ClusterState restored = ClusterState.fromBytes(state.toBytes());
            EventCluster before = state.event(events.get("a")).orElseThrow();
            EventCluster after = restored.event(events.get("a")).orElseThrow();
            assertThat(after.embedding).containsExactly(before.embedding);
            assertThat(after.embedded).isEqualTo(2);
            assertThat(restored.vocabulary().isName(restored.vocabulary().id("@lisbon"))).isTrue();
        }
    }

    @Test
    void keyNamesAreRunsMostArticlesMentionRarestFirst() {
        try (Terms terms = new Terms()) {
            ClusterState state = new ClusterState();
            EventClusterer clusterer = new EventClusterer(ClusterSettings.defaults(), terms);
            List<Article> members = List.of(
                    article("a", "On Friday Police said Lindsay Lohan entered the Betty Ford Center in California."),
                    article("b", "The actress Lindsay Lohan is at the Betty Ford Center, Police confirmed."),
                    article("c", "Reports say Lindsay Lohan checked in; Police gave no details."));
            java.util.List<Article> others = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(article("o" + i, "Yesterday Police closed road " + i + " after a crash near Tolland."));
            }
            clusterer.assign(others, state);
            clusterer.assign(members, state);
            List<String> key = new KeyNames(state, terms).of(members, 3);
            assertThat(key).hasSize(3);
            assertThat(key.get(0)).isEqualTo("Lindsay Lohan");
            assertThat(key.get(1)).isEqualTo("Betty Ford Center");
            assertThat(key).as("a name common in the collection loses to a rare one").doesNotContain("Police");
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, null, text, text, null, null, "en", new Origin("test", 1), List.of(), null, null,
                null, null);
    }
}
