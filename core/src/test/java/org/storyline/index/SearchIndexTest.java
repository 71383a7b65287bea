package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.Origin;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

class SearchIndexTest {
    private final HashedWordsEmbedder embedder = new HashedWordsEmbedder(64);

    static Article article(String id, String title, String text, String source, LocalDate date, String dupOf) {
        return new Article(id, title, text, text, source, null, "en", new Origin("t.jsonl", 1), List.of(), null,
                date == null ? Dating.undated() : Dating.given(date), "h-" + id, dupOf);
    }

    static Snapshot sample(Article... extra) {
        List<Article> as = new ArrayList<>(List.of(
                article("a1", "Dam breaks above Riverton", "The old dam above Riverton gave way at dawn. Homes were"
                        + " evacuated as water poured into the valley.", "Wire", LocalDate.of(2024, 3, 1), null),
                article("a2", "Riverton dam gives way", "The old dam above Riverton gave way at dawn. Homes were"
                        + " evacuated as water poured into the valley.", "Herald", LocalDate.of(2024, 3, 1), "a1"),
                article("a3", "Rebuilding begins", "Crews started rebuilding the dam on March 10.", "Gazette",
                        LocalDate.of(2024, 3, 10), null),
                article("a4", "Mayor wins election", "The mayor was re-elected <script>document.title='x'</script>"
                        + " after a campaign about the dam & the river.", "Wire", LocalDate.of(2024, 2, 15), null),
                article("a5", "Campaign recap", "A look back at the campaign.", "Blog", null, null)));
        as.addAll(List.of(extra));
        as.sort(java.util.Comparator.comparing(Article::id));
        Event e1 = new Event("e1", List.of("a1", "a2"), null, null, "Dam", "", List.of());
        Event e2 = new Event("e2", List.of("a3"), null, null, "Rebuild", "", List.of());
        Event e3 = new Event("e3", List.of("a4", "a5"), null, null, "Election", "", List.of());
        return new Snapshot(as, List.of(e1, e2, e3),
                List.of(new Storyline("s1", "Dam", List.of("e1", "e2")), new Storyline("s2", "Vote", List.of("e3"))));
    }

    private static SearchRequest req(String q, SearchMode mode, SearchFilter f) {
        return new SearchRequest(q, mode, f, 1, 10);
    }

    @Test
    void textSearchGroupsCopiesByEventAndHighlightsEscaped() throws Exception {
        Snapshot s = sample();
        try (SearchIndex idx = SearchIndex.inMemory(embedder)) {
            assertThat(idx.update(s)).isEqualTo(new SearchIndex.Update(5, 0, 0));
            SearchResults r = idx.search(req("dam", SearchMode.TEXT, null), s);
            assertThat(r.hits()).extracting(SearchHit::event).containsExactly("e1", "e2", "e3");
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.articles()).isEqualTo(4);
            SearchHit first = r.hits().get(0);
            assertThat(first.articleId()).isEqualTo("a1"); // equal scores: by id
            assertThat(first.others()).containsExactly("a2");
            assertThat(first.snippet().html()).contains("<mark>dam</mark>");
            String hostile = r.hits().get(2).snippet().html();
            assertThat(hostile).contains("<mark>dam</mark>").contains("&lt;script&gt;").contains("&amp;")
                    .doesNotContain("<script");
        }
    }

    @Test
    void groupsFollowTheSnapshotSearchedWithNotTheOneIndexed() throws Exception {
        Snapshot s = sample();
        try (SearchIndex idx = SearchIndex.inMemory(embedder)) {
            idx.update(s);
            assertThat(idx.search(req("riverton", SearchMode.TEXT, null), s).hits()).hasSize(1);
            // the same articles, now with the copy in an event of its own (e.g. after re-clustering)
            Snapshot split = new Snapshot(s.articles(), List.of(
                    new Event("e1", List.of("a1"), null, null, "Dam", "", List.of()),
                    new Event("e9", List.of("a2"), null, null, "Copy", "", List.of())), List.of());
            SearchResults r = idx.search(req("riverton", SearchMode.TEXT, null), split);
            assertThat(r.hits()).extracting(SearchHit::event).containsExactlyInAnyOrder("e1", "e9");
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.others()).isEmpty());
            // and back: the table built for the first snapshot is not reused for another one
            assertThat(idx.search(req("riverton", SearchMode.TEXT, null), sample()).hits()).hasSize(1);
        }
    }

    @Test
    void filtersBySourceDatesEventAndStoryline() throws Exception {
        Snapshot s = sample();
        try (SearchIndex idx = SearchIndex.inMemory(embedder)) {
            idx.update(s);
            assertThat(ids(idx.search(req("dam", SearchMode.TEXT,
                    new SearchFilter("Wire", null, null, null, null, null)), s))).containsExactly("a1", "a4");
            assertThat(ids(idx.search(req("dam", SearchMode.TEXT,
                    new SearchFilter(null, null, LocalDate.of(2024, 3, 5), null, null, null)), s)))
                    .containsExactly("a3");
            assertThat(ids(idx.search(req("dam", SearchMode.TEXT,
                    new SearchFilter(null, null, null, null, null, "s1")), s))).containsExactly("a1", "a3");
            assertThat(ids(idx.search(req("dam", SearchMode.TEXT,
                    new SearchFilter(null, null, null, null, "nope", null)), s))).isEmpty();
            assertThat(ids(idx.search(req("dam", SearchMode.TEXT,
                    new SearchFilter(null, "de", null, null, null, null)), s))).isEmpty();
        }
    }

    @Test
    void semanticAndHybridFindTheClosestLeads() throws Exception {
        Snapshot s = sample();
        try (SearchIndex idx = SearchIndex.inMemory(embedder)) {
            idx.update(s);
            SearchResults sem = idx.search(req("campaign recap", SearchMode.SEMANTIC, null), s);
            assertThat(sem.hits().get(0).event()).isEqualTo("e3");
            assertThat(sem.hits().get(0).snippet().html()).contains("<mark>campaign</mark>");
            SearchResults hy = idx.search(req("rebuilding crews", SearchMode.HYBRID, null), s);
            assertThat(hy.hits().get(0).articleId()).isEqualTo("a3");
            assertThat(hy.hits().get(0).snippet().html()).contains("<mark>rebuilding</mark>");
            assertThat(idx.search(req("rebuilding crews", SearchMode.HYBRID, null), s)).isEqualTo(hy);
        }
    }

    @Test
    void persistsAndUpdatesOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Snapshot s = sample();
        try (SearchIndex idx = SearchIndex.open(dir, embedder)) {
            assertThat(idx.update(s).added()).isEqualTo(5);
        }
        Snapshot more = sample(article("a6", "Bridge opens", "A new bridge opened over the river.", "Wire",
                LocalDate.of(2024, 4, 1), null));
        try (SearchIndex idx = SearchIndex.open(dir, embedder)) {
            assertThat(idx.update(s)).isEqualTo(new SearchIndex.Update(0, 0, 5));
            assertThat(idx.update(more)).isEqualTo(new SearchIndex.Update(1, 0, 5));
            assertThat(ids(idx.search(req("bridge", SearchMode.TEXT, null), more))).containsExactly("a6");
            assertThat(idx.update(s)).isEqualTo(new SearchIndex.Update(0, 1, 5));
            assertThat(ids(idx.search(req("bridge", SearchMode.TEXT, null), s))).isEmpty();
        }
        try (SearchIndex idx = SearchIndex.open(dir, new HashedWordsEmbedder(32))) {
            assertThat(idx.update(s).added()).isEqualTo(5); // another embedder: rebuilt
            assertThat(idx.size()).isEqualTo(5);
        }
    }

    @Test
    void pagingIsBounded() {
        assertThatThrownBy(() -> new SearchRequest("x", SearchMode.TEXT, null, 101, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchMode.parse("fuzzy")).hasMessageContaining("text, semantic or hybrid");
        assertThat(SearchMode.parse("Hybrid")).isEqualTo(SearchMode.HYBRID);
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::articleId).toList();
    }
}
