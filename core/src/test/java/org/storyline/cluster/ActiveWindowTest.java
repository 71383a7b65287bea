package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.cluster.EventClustererTest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.storyline.StorylineLinker;
import org.storyline.text.Terms;

class ActiveWindowTest {
    private final Terms terms = new Terms();

    @Test
    void eventsQuietForLongerThanTheWindowAreRetiredButStillLinkIntoStorylines() throws Exception {
        ClusterSettings settings = ClusterSettings.builder().activeWindowDays(30).build();
        EventClusterer clusterer = new EventClusterer(settings, terms);
        ClusterState state = new ClusterState();
        List<Article> fixture = EventClustererTest.fixture();
        Map<String, String> first = clusterer.assign(fixture.subList(0, 4), state);
        assertThat(state.activeEvents()).hasSize(2);

        Map<String, String> later = clusterer.assign(fixture.subList(4, 6), state);

        assertThat(state.activeEvents()).extracting(EventCluster::id).containsExactly(later.get("flood3"));
        EventCluster old = state.event(first.get("flood1")).orElseThrow();
        assertThat(old.retired).isTrue();
        assertThat(old.centroid.size()).isLessThanOrEqualTo(EventClusterer.RETIRED_TERMS);
        assertThat(state.events()).as("retired events stay known").hasSize(3);
        List<List<String>> storylines =
                new StorylineLinker(ClusterSettings.builder().storylineThreshold(0.2).build()).link(state);
        assertThat(storylines).anySatisfy(s -> assertThat(s).containsExactly(first.get("flood1"), later.get("flood3")));

        ClusterState restored = ClusterState.fromBytes(state.toBytes());
        assertThat(restored.activeEvents()).extracting(EventCluster::id).containsExactly(later.get("flood3"));
        assertThat(restored.clock()).isEqualTo(state.clock());
    }

    @Test
    void aRetiredEventIsNotJoinedEvenByAMatchingUndatedArticle() {
        ClusterSettings settings = ClusterSettings.builder().activeWindowDays(30).build();
        EventClusterer clusterer = new EventClusterer(settings, terms);
        ClusterState state = new ClusterState();
        List<Article> fixture = EventClustererTest.fixture();
        Map<String, String> first = clusterer.assign(fixture.subList(0, 2), state);
        clusterer.assign(List.of(article("other", "2022-01-01", "Tolland opens a library",
                "Tolland opened a new public library with a reading room for children.")), state);
        Map<String, String> undated = clusterer.assign(List.of(article("again", null,
                "Council approves flood barrier budget",
                "The Brennport council approved a flood barrier budget of 40 million after the levee debate.")), state);
        assertThat(undated.get("again")).isNotEqualTo(first.get("flood1"));

        // without the window the undated article joins its event
        EventClusterer wide = new EventClusterer(ClusterSettings.defaults(), terms);
        ClusterState all = new ClusterState();
        Map<String, String> f2 = wide.assign(fixture.subList(0, 2), all);
        assertThat(wide.assign(List.of(article("again", null, "Council approves flood barrier budget",
                "The Brennport council approved a flood barrier budget of 40 million after the levee debate.")), all)
                .get("again")).isEqualTo(f2.get("flood1"));
    }

    @Test
    void undatedEventsRetireAfterTheArticleWindow() {
        ClusterSettings settings = ClusterSettings.builder().activeWindowArticles(5).build();
        EventClusterer clusterer = new EventClusterer(settings, terms);
        ClusterState state = new ClusterState();
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String w = "k" + (char) ('a' + i);
            batch.add(article("u" + i, null, null, w + "alpha " + w + "beta " + w + "gamma " + w + "delta"));
        }
        for (Article a : batch) {
            clusterer.assign(List.of(a), state);
        }
        assertThat(state.events()).hasSize(12);
        assertThat(state.activeEvents().size()).isLessThanOrEqualTo(6);
    }
}
