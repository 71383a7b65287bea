package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storyline.compare.CompareLimits;
import org.storyline.compare.EventMaterial;
import org.storyline.compare.Families;
import org.storyline.compare.ExtractedFactSource;
import org.storyline.extract.FactMode;
import org.storyline.model.Article;
import org.storyline.model.Derivation;
import org.storyline.model.Event;
import org.storyline.model.Storyline;
import org.storyline.text.Terms;

class EventSummarizerTest {
    private static final Terms TERMS = new Terms();

    @AfterAll
    static void close() {
        TERMS.close();
    }

    private static List<Article> event() {
        String a = "Officials from the United States met President López Obrador in Mexico City on Wednesday. "
                + "The talks covered border crossings and trade. Rail crossings in Texas reopened after the talks.";
        String c = "Border crossings rose to 10,000 people per day before the talks in Mexico City. "
                + "Officials met President López Obrador on Wednesday to discuss the crossings. "
                + "Farmers said the rail closures hurt grain exports.";
        String d = "President López Obrador received the American officials on Wednesday in Mexico City. "
                + "He asked for more aid for the region. The officials promised an answer within a week.";
        return List.of(article("a1", a), article("a1c", a).withDuplicateOf("a1").withDerivation(Derivation.copyOf("a1")),
                article("a2", a + " A rewritten ending follows here."), article("c1", c), article("d1", d));
    }

    private static Article article(String id, String text) {
        return org.storyline.compare.CompareFixturesAccess.article(id, text);
    }

    private static EventMaterial material(List<Article> articles, Families families) {
        return EventMaterial.of(articles, families, ExtractedFactSource.of(articles, FactMode.FAST), TERMS,
                CompareLimits.defaults());
    }

    @Test
    void neverTwoSentencesOfOneFamilyAndEveryOffsetPointsAtItsText() {
        Families families = Families.withRewrites(Families.byDuplicateOf(), TERMS);
        List<Article> articles = event();
        EventMaterial m = material(articles, families);
        assertThat(m.families()).hasSize(3); // a1, its copy and its rewrite are one family
        List<SummarySentence> s = EventSummarizer.defaults().summarize(m, SummaryLength.sentences(3));
        assertThat(s).hasSize(3);
        Map<String, String> familyOf = new HashMap<>();
        families.group(articles).forEach((f, members) -> members.forEach(x -> familyOf.put(x.id(), f)));
        assertThat(s).extracting(x -> familyOf.get(x.article())).doesNotHaveDuplicates();
        Map<String, String> bodies = new HashMap<>();
        articles.forEach(x -> bodies.put(x.id(), x.body()));
        assertThat(s).allSatisfy(x -> assertThat(bodies.get(x.article()).substring(x.start(), x.end()))
                .isEqualTo(x.text()));
        assertThat(s).allSatisfy(x -> assertThat(x.date()).isEqualTo("2023-12-28"));
    }

    @Test
    void theLengthLimitsSentencesAndWords() {
        EventMaterial m = material(event(), Families.byDuplicateOf());
        assertThat(EventSummarizer.defaults().summarize(m, SummaryLength.sentences(1))).hasSize(1);
        List<SummarySentence> s = EventSummarizer.defaults().summarize(m, new SummaryLength(5, 30));
        int words = s.stream().mapToInt(x -> x.text().split("\\s+").length).sum();
        assertThat(s).isNotEmpty();
        assertThat(words).isLessThanOrEqualTo(30);
    }

    @Test
    void aTimelineHasOneDatedLinePerEventInTheStorylinesOrder() {
        Event e1 = new Event("E1", List.of("a1"), java.time.LocalDate.of(2023, 12, 27), null, "h", "s", List.of());
        Event e2 = new Event("E2", List.of("c1"), null, null, "h", "s", List.of());
        Map<String, List<SummarySentence>> sums = Map.of(
                "E1", List.of(new SummarySentence("First.", "a1", 0, 6, "2023-12"),
                        new SummarySentence("Second.", "a1", 7, 14, "2023-12")),
                "E2", List.of(new SummarySentence("Other.", "c1", 0, 6, "2024-01")));
        List<SummarySentence> t = StorylineTimeline.of(new Storyline("S", "t", List.of("E1", "E2")),
                Map.of("E1", e1, "E2", e2), sums);
        assertThat(t).extracting(SummarySentence::text).containsExactly("First.", "Other.");
        assertThat(t).extracting(SummarySentence::date).containsExactly("2023-12-27", "2024-01");
    }
}
