package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.storyline.StorylineLinker;
import org.storyline.text.Terms;

class EventClustererTest {
    private final Terms terms = new Terms();
    private final EventClusterer clusterer = new EventClusterer(ClusterSettings.defaults(), terms);

    static Article article(String id, String date, String title, String text) {
        Article a = Article.of(new RawArticle(id, title, text, date == null ? null : LocalDate.parse(date), null,
                null, "en", new Origin("t", 1)));
        return a.withClean(CleanText.unchanged(text));
    }

    static List<Article> fixture() {
        return List.of(
                article("flood1", "2021-04-02", "Council approves flood barrier budget",
                        "The Brennport council approved a flood barrier budget of 40 million after a long debate on the river levees."),
                article("flood2", "2021-04-03", "Brennport votes money for river barrier",
                        "Brennport councillors voted 40 million for the river flood barrier, ending the levee debate."),
                article("strike1", "2021-04-02", "Pilots at Skyvale walk out",
                        "Skyvale pilots began a strike over pay on Monday, grounding dozens of flights at Tolland airport."),
                article("strike2", "2021-04-04", "Skyvale flights grounded by pilot strike",
                        "Dozens of Skyvale flights stayed grounded as the pilots strike over pay entered its third day at Tolland."),
                article("flood3", "2024-02-11", "Brennport flood barrier fails in storm",
                        "The Brennport river flood barrier failed during a storm; the council will debate the levees again."),
                article("flood4", "2024-02-12", "Storm breaks Brennport barrier",
                        "A storm broke the Brennport flood barrier on the river, and the council called a levee debate."));
    }

    private static Map<String, String> run(EventClusterer c, List<Article> articles, ClusterState state) {
        return c.assign(articles, state);
    }

    @Test
    void groupsSameEventTogetherAndSeparatesTopicsAndYears() {
        ClusterState state = new ClusterState();
        Map<String, String> ev = run(clusterer, fixture(), state);

        assertThat(ev.get("flood1")).isEqualTo(ev.get("flood2"));
        assertThat(ev.get("strike1")).isEqualTo(ev.get("strike2"));
        assertThat(ev.get("flood3")).isEqualTo(ev.get("flood4"));
        assertThat(ev.get("flood1")).isNotEqualTo(ev.get("strike1"));
        assertThat(ev.get("flood1")).as("same topic three years later is another event").isNotEqualTo(ev.get("flood3"));
        assertThat(state.events()).hasSize(3);
    }

    @Test
    void sameTopicInTwoYearsIsOneStorylineOfTwoEvents() {
        ClusterState state = new ClusterState();
        Map<String, String> ev = run(clusterer, fixture(), state);
        List<List<String>> storylines = new StorylineLinker(ClusterSettings.builder().storylineThreshold(0.35).build()).link(state);

        assertThat(storylines).hasSize(2);
        List<String> flood = storylines.stream().filter(s -> s.contains(ev.get("flood1"))).findFirst().orElseThrow();
        assertThat(flood).containsExactly(ev.get("flood1"), ev.get("flood3"));
    }

    @Test
    void withoutDatesTheYearsMerge() {
        List<Article> undated = new ArrayList<>();
        for (Article a : fixture()) {
            undated.add(article(a.id(), null, a.title(), a.body()));
        }
        Map<String, String> ev = run(clusterer, undated, new ClusterState());
        assertThat(ev.get("flood1")).as("only time separated them").isEqualTo(ev.get("flood3"));
    }

    @Test
    void stateSurvivesACheckpointAndAssignsLaterArticlesIncrementally() throws Exception {
        List<Article> all = fixture();
        ClusterState state = new ClusterState();
        Map<String, String> first = run(clusterer, all.subList(0, 4), state);
        ClusterState restored = ClusterState.fromBytes(state.toBytes());
        assertThat(restored.sizes()).isEqualTo(state.sizes());

        Map<String, String> later = run(clusterer,
                List.of(article("strike3", "2021-04-05", "Skyvale pilot strike goes on",
                        "The Skyvale pilots strike over pay kept flights grounded at Tolland airport.")), restored);
        assertThat(later.get("strike3")).isEqualTo(first.get("strike1"));
        assertThat(restored.sizes().get(first.get("strike1"))).isEqualTo(3);
    }

    @Test
    void shortTextsGetALowerThresholdScaledBySquareRootOfTheirLength() {
        EventClusterer c = new EventClusterer(
                ClusterSettings.builder().eventThreshold(0.3).referenceTerms(100).build(), terms);
        assertThat(c.threshold(400)).isEqualTo(0.3);
        assertThat(c.threshold(100)).isEqualTo(0.3);
        assertThat(c.threshold(25)).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void settingsAreValidatedEagerly() {
        assertThatThrownBy(() -> ClusterSettings.builder().eventThreshold(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventThreshold");
        assertThatThrownBy(() -> ClusterSettings.builder().timeSigmaDays(0).build())
                .hasMessageContaining("timeSigmaDays must be > 0");
    }
}
