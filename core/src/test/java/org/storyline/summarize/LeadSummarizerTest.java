package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.text.Terms;

class LeadSummarizerTest {
    private final LeadSummarizer summarizer = new LeadSummarizer(new Terms(), 12);

    private static Article article(String id, String title, String date, String text) {
        Article a = Article.of(new RawArticle(id, title, text, date == null ? null : LocalDate.parse(date), null, null,
                null, new Origin("t", 1)));
        return a.withClean(CleanText.unchanged(text));
    }

    @Test
    void takesHeadlineAndLeadFromTheMostCentralArticle() {
        List<Article> members = List.of(
                article("odd", "Weather notes", "2024-01-01", "Rain fell on the hills. Nothing else happened."),
                article("central", "Barrier fails in storm", "2024-02-11",
                        "The flood barrier failed in the storm. Homes in Lower Wharf flooded. The council met. Later text."),
                article("other", "Storm floods Lower Wharf", "2024-02-12",
                        "The storm flooded Lower Wharf homes after the barrier failed. The council will meet."));
        LeadSummarizer.EventText t = summarizer.summarize(members);
        assertThat(t.articleId()).isEqualTo("central");
        assertThat(t.headline()).isEqualTo("Barrier fails in storm");
        assertThat(t.summary()).startsWith("The flood barrier failed in the storm. Homes in Lower Wharf flooded.")
                .doesNotContain("Later text");
    }

    @Test
    void withoutTitleTheFirstSentenceIsTheHeadlineAndCopiesAreNotPreferred() {
        List<Article> members = new ArrayList<>(List.of(
                article("copy", "Copy title", null, "Pilots at Averly walked out on Monday over pay and rosters.")
                        .withDuplicateOf("orig"),
                article("orig", null, null, "Pilots at Averly walked out on Monday over pay and rosters at every base in the country today.")));
        members.sort(LeadSummarizer.memberOrder());
        assertThat(members.get(0).id()).isEqualTo("orig");
        LeadSummarizer.EventText t = summarizer.summarize(members);
        assertThat(t.articleId()).isEqualTo("orig");
        assertThat(t.headline()).startsWith("Pilots at Averly walked out").endsWith("…");
    }

    @Test
    void rejectsEmptyEventsAndTinyLengths() {
        assertThatThrownBy(() -> summarizer.summarize(List.of())).hasMessageContaining("at least one article");
        assertThatThrownBy(() -> new LeadSummarizer(new Terms(), 2)).hasMessageContaining("summaryWords");
    }
}
