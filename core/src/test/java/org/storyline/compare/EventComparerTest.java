package org.storyline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.text.Terms;

class EventComparerTest {
    private static final Terms TERMS = new Terms();

    @AfterAll
    static void close() {
        TERMS.close();
    }

    private static Comparison compare(List<Article> articles, Families families) {
        EventMaterial m = EventMaterial.of(articles, families, new RuleFactSource(), TERMS, CompareLimits.defaults());
        return EventComparer.defaults().compare("E1", m);
    }

    private static Comparison compare() {
        return compare(CompareFixtures.event(), Families.byDuplicateOf());
    }

    @Test
    void copiesCountAsOneFamily() {
        Comparison c = compare();
        assertThat(c.families()).isEqualTo(3);
        Agreement perDay = c.agreements().stream()
                .filter(a -> a.kind() == FactKind.QUANTITY && a.statement().contains("10,000")).findFirst().orElseThrow();
        assertThat(perDay.families()).containsExactly("c3", "o1", "p2");
        assertThat(perDay.articles()).containsExactly("c3", "o1", "o1c", "p2");
        assertThat(perDay.evidence()).extracting(Evidence::article).containsExactly("c3", "o1", "p2");
    }

    @Test
    void agreementsNeedTwoIndependentFamilies() {
        Comparison c = compare();
        assertThat(c.agreements()).isNotEmpty().allSatisfy(a -> assertThat(a.families()).hasSizeGreaterThan(1));
        // the copy alone never makes an agreement: with the paraphrase and the report gone, nothing agrees
        List<Article> originalAndCopy = CompareFixtures.event().subList(0, 2);
        assertThat(compare(originalAndCopy, Families.byDuplicateOf()).agreements()).isEmpty();
    }

    @Test
    void differentNumbersForTheSameCountAreAContradictionButApproximateWordingIsNot() {
        Comparison c = compare();
        List<Contradiction> numbers = c.contradictions().stream()
                .filter(x -> x.kind() == ContradictionKind.NUMBER).toList();
        assertThat(numbers).hasSize(1);
        assertThat(numbers.get(0).sides()).extracting(Contradiction.Side::value)
                .anySatisfy(v -> assertThat(v).contains("75,000"))
                .anySatisfy(v -> assertThat(v).containsAnyOf("nearly 50,000", "49,800"));
        assertThat(numbers.get(0).articles()).contains("c3", "o1", "p2");
        Agreement weekly = c.agreements().stream().filter(a -> a.statement().contains("50,000")
                || a.statement().contains("49,800")).findFirst().orElseThrow();
        assertThat(weekly.families()).containsExactly("o1", "p2");
        assertThat(weekly.note()).contains("nearly 50,000").contains("49,800").contains("not a contradiction");
        Agreement daily = c.agreements().stream().filter(a -> a.statement().contains("10,000")).findFirst()
                .orElseThrow();
        assertThat(daily.note()).contains("about 10,000").contains("up to 10,000");
    }

    @Test
    void theSameQuoteGivenToTwoSpeakersIsFlagged() {
        Contradiction q = compare().contradictions().stream()
                .filter(x -> x.kind() == ContradictionKind.QUOTE_SPEAKER).findFirst().orElseThrow();
        assertThat(q.about()).contains("We are working together");
        assertThat(q.sides()).extracting(Contradiction.Side::value).containsExactly("Blinken", "Mayorkas");
        assertThat(q.sides().get(0).articles()).containsExactly("o1", "o1c");
        assertThat(q.sides().get(1).articles()).containsExactly("p2");
    }

    @Test
    void anthonyAndAntonyAreOneNameSpelledTwoWays() {
        List<Contradiction> names = compare().contradictions().stream()
                .filter(x -> x.kind() == ContradictionKind.NAME_SPELLING).toList();
        assertThat(names).hasSize(1);
        assertThat(names.get(0).sides()).extracting(Contradiction.Side::value)
                .containsExactly("Anthony Blinken", "Antony Blinken");
        assertThat(names.get(0).sides().get(0).evidence().get(0).sentence()).contains("Anthony Blinken");
        assertThat(EventComparer.variants("joe", "joseph")).isFalse();
        assertThat(EventComparer.variants("obrador", "obrador")).isFalse();
    }

    @Test
    void factsOnlyTheIndependentReportHasAreExclusive() {
        Comparison c = compare();
        List<Exclusive> c3 = c.exclusive().stream().filter(x -> x.family().equals("c3")).toList();
        assertThat(c3).extracting(Exclusive::statement)
                .anySatisfy(s -> assertThat(s).contains("$200 million"))
                .anySatisfy(s -> assertThat(s).contains("680,000"))
                .anySatisfy(s -> assertThat(s).contains("John Kirby"));
        assertThat(c3).allSatisfy(x -> assertThat(x.evidence().article()).isEqualTo("c3"));
        assertThat(c.exclusive()).noneSatisfy(x -> assertThat(x.statement()).contains("10,000"));
        // the report leaves out what the other two agree on; the original and the paraphrase leave out nothing
        assertThat(c.omissions()).extracting(Omission::family).contains("c3").doesNotContain("o1");
    }

    @Test
    void framingShowsEachSourcesWordsQuotedPeopleAndTone() {
        Comparison c = compare();
        SourceFraming report = c.framing().stream().filter(f -> f.article().equals("c3")).findFirst().orElseThrow();
        assertThat(report.terms().get("people crossing the border")).containsKey("illegal aliens");
        assertThat(report.quoted()).containsExactly("John Kirby");
        SourceFraming original = c.framing().stream().filter(f -> f.article().equals("o1")).findFirst().orElseThrow();
        assertThat(original.terms().get("people crossing the border")).containsKey("migrants")
                .doesNotContainKey("illegal aliens");
        assertThat(original.quoted()).containsExactly("Blinken");
        assertThat(report.tone()).isLessThan(original.tone());
    }

    @Test
    void aRewriteJoinsItsSourcesFamilyWhenRewritesAreDetected() {
        Comparison c = compare(CompareFixtures.event(), Families.withRewrites(Families.byDuplicateOf(), TERMS));
        assertThat(c.families()).isEqualTo(2);
        Agreement daily = c.agreements().stream().filter(a -> a.statement().contains("10,000")).findFirst()
                .orElseThrow();
        assertThat(daily.families()).containsExactly("c3", "o1");
        assertThat(daily.articles()).containsExactly("c3", "o1", "o1c", "p2");
    }

    @Test
    void evidenceOffsetsPointAtTheSentences() {
        Comparison c = compare();
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        CompareFixtures.event().forEach(a -> bodies.put(a.id(), a.body()));
        List<Evidence> all = new java.util.ArrayList<>();
        c.agreements().forEach(a -> all.addAll(a.evidence()));
        c.contradictions().forEach(x -> x.sides().forEach(s -> all.addAll(s.evidence())));
        c.exclusive().forEach(x -> all.add(x.evidence()));
        assertThat(all).isNotEmpty().allSatisfy(e ->
                assertThat(bodies.get(e.article()).substring(e.start(), e.end())).isEqualTo(e.sentence()));
    }
}
