package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;

class FactExtractorTest {
    private final FactExtractor fast = new FactExtractor(FactMode.FAST);

    @Test
    void offsetsPointIntoTheOriginalTextOfACleanedArticle() {
        String original = "Leave a Reply\nSecretary of State Antony Blinken met President Andrés Manuel López Obrador in Mexico City.";
        int cut = original.indexOf("Secretary");
        String cleaned = original.substring(cut);
        Article a = new Article("a1", null, original, cleaned, null, null, "en", new Origin("f.txt", 1), List.of(),
                OffsetMap.builder().add(0, cut, cleaned.length()).build(), null, null, null);
        ArticleFacts f = fast.extract(a);
        assertThat(f.entities()).isNotEmpty();
        for (EntityMention m : f.entities()) {
            assertThat(original.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(f.entities()).extracting(EntityMention::text, EntityMention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Antony Blinken", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("Andrés Manuel López Obrador", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("Mexico City", EntityType.LOC));
        assertThat(f.entities().get(0).start()).isGreaterThanOrEqualTo(cut);
    }

    @Test
    void quantitiesHaveValueUnitAndApproximation() {
        String t = "In November, agents apprehended more than 191,000 migrants. Losses exceeded $200 million per day. "
                + "The meeting lasted more than two hours. Nearly 50,000 immigrants entered; up to 10,000 migrants daily.";
        List<Quantity> qs = fast.extract("q", t, LocalDate.of(2023, 12, 27)).quantities();
        assertThat(qs).extracting(Quantity::value, Quantity::unit, Quantity::approx).contains(
                org.assertj.core.groups.Tuple.tuple(191000.0, "migrants", "more than"),
                org.assertj.core.groups.Tuple.tuple(2.0e8, "USD per day", null),
                org.assertj.core.groups.Tuple.tuple(2.0, "hours", "more than"),
                org.assertj.core.groups.Tuple.tuple(50000.0, "immigrants", "nearly"),
                org.assertj.core.groups.Tuple.tuple(10000.0, "migrants per day", "up to"));
        for (Quantity q : qs) {
            assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void relativeTimexesResolveAgainstTheArticleDate() {
        String t = "Officials met on Wednesday. Last week 50,000 crossed; this month more. In November the number "
                + "rose. The talks lasted two hours. They meet every Wednesday.";
        List<Timex> ts = fast.extract("t", t, LocalDate.of(2023, 12, 29)).timexes();
        assertThat(ts).extracting(Timex::text, Timex::type, Timex::value).contains(
                org.assertj.core.groups.Tuple.tuple("on Wednesday", TimexType.DATE, "2023-12-27"),
                org.assertj.core.groups.Tuple.tuple("Last week", TimexType.DATE, "2023-W51"),
                org.assertj.core.groups.Tuple.tuple("this month", TimexType.DATE, "2023-12"),
                org.assertj.core.groups.Tuple.tuple("November", TimexType.DATE, "2023-11"),
                org.assertj.core.groups.Tuple.tuple("two hours", TimexType.DURATION, "PT2H"),
                org.assertj.core.groups.Tuple.tuple("every Wednesday", TimexType.SET, "XXXX-WXX-3"));
        assertThat(fast.extract("t", "They met on Wednesday.", null).timexes())
                .extracting(Timex::value).containsExactly("XXXX-WXX-3");
    }

    @Test
    void quotesGetTheirSpeakerAndItsEntity() {
        String t = "Chicago Mayor Brandon Johnson spoke on Wednesday.\n\n"
                + "“Without significant intervention, this mission will not last,” Johnson said.\n\n"
                + "He added: “We are close to capacity or almost out of room.”\n\n"
                + "The plan is failing, said Greg Abbott.";
        ArticleFacts f = fast.extract("q", t, null);
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(f));
        List<Quote> qs = r.facts().get(0).quotes();
        assertThat(qs).hasSize(3);
        assertThat(qs.get(0).text()).startsWith("“Without");
        assertThat(qs.get(0).speaker()).isEqualTo("Johnson");
        assertThat(t.substring(qs.get(0).speakerStart(), qs.get(0).speakerEnd())).isEqualTo("Johnson");
        assertThat(qs.get(0).entity()).isEqualTo("per:brandon-johnson");
        assertThat(qs.get(1).speaker()).isEqualTo("He");
        assertThat(qs.get(1).entity()).isEqualTo("per:brandon-johnson");
        assertThat(qs.get(2).direct()).isFalse();
        assertThat(qs.get(2).text()).isEqualTo("The plan is failing");
        assertThat(qs.get(2).entity()).isEqualTo("per:greg-abbott");
    }

    @Test
    void badInputNeverCrashes() {
        String numbers = "123 456 7,890 3.14 2023 1999 42\n".repeat(200);
        String capitals = "THE PRESIDENT SAID THAT MEXICO AND THE UNITED STATES WILL MEET ON WEDNESDAY. ".repeat(100);
        String mixed = "قال الرئيس أندريس مانويل لوبيز أوبرادور إن Mexico City will host talks on Wednesday, "
                + "“نحن نعمل معا” said López Obrador. 北京 and Москва too.";
        try (FactExtractor full = new FactExtractor(FactMode.FULL)) {
            for (FactExtractor x : List.of(fast, full)) {
                for (String t : List.of(numbers, capitals, mixed, "", "“", "\"\"\"", "$ % 5")) {
                    ArticleFacts f = x.extract("bad", t, LocalDate.of(2023, 12, 27));
                    assertThat(f.mode()).isEqualTo(x.mode());
                    for (EntityMention m : f.entities()) {
                        assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
                    }
                    assertThat(new EntityResolver().resolve(List.of(f)).facts()).hasSize(1);
                }
                assertThat(x.extract("n", numbers, null).entities()).isEmpty();
            }
            // the CRF reads mixed scripts without losing the Latin names
            assertThat(full.extract("m", mixed, null).entities()).extracting(EntityMention::text).contains("Mexico City");
        }
    }

    @Test
    void aMegabyteWithoutPunctuationDegradesToFastInBoundedTime() {
        String words = "migrants crossed the border near Eagle Pass while officials met in Mexico City ";
        String huge = words.repeat(1_000_000 / words.length() + 1);
        try (FactExtractor full = new FactExtractor(FactMode.FULL, Duration.ofSeconds(5))) {
            long t0 = System.nanoTime();
            ArticleFacts f = full.extract("huge", huge, LocalDate.of(2023, 12, 27));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(f.mode()).isEqualTo(FactMode.FAST);
            assertThat(f.degraded()).isTrue();
            assertThat(f.entities()).extracting(EntityMention::text).contains("Mexico City");
            assertThat(seconds).as("seconds for 1 MB").isLessThan(30);
        }
    }

    @Test
    void factsOptionChoosesTheModeByCorpusSize() {
        assertThat(FactsOption.AUTO.modeFor(20_000)).contains(FactMode.FULL);
        assertThat(FactsOption.AUTO.modeFor(20_001)).contains(FactMode.FAST);
        assertThat(FactsOption.NONE.modeFor(1)).isEmpty();
        assertThat(FactsOption.FAST.modeFor(1)).contains(FactMode.FAST);
    }
}
