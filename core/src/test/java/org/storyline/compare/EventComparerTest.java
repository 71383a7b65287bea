package org.storyline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storyline.extract.FactMode;
import org.storyline.model.Article;
import org.storyline.text.Terms;

class EventComparerTest {
    private static final Terms TERMS = new Terms();

    @AfterAll
    static void close() {
        TERMS.close();
    }

    private static Comparison compare(List<Article> articles, Families families) {
        EventMaterial m = EventMaterial.of(articles, families, ExtractedFactSource.of(articles, FactMode.FAST), TERMS,
                CompareLimits.defaults());
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
        // speakers are the resolved people: "Blinken said" is given to the full name the article wrote
        assertThat(q.sides()).extracting(Contradiction.Side::value)
                .containsExactlyInAnyOrder("Anthony Blinken", "Alejandro Mayorkas");
        assertThat(side(q, "Anthony Blinken").articles()).containsExactly("o1", "o1c");
        assertThat(side(q, "Alejandro Mayorkas").articles()).containsExactly("p2");
    }

    private static Contradiction.Side side(Contradiction c, String value) {
        return c.sides().stream().filter(s -> s.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void aSpeakerNamedDifferentlyButResolvedToOnePersonIsNoContradiction() {
        String quote = "“We will keep the crossings open for trade and for families,” ";
        List<Article> articles = List.of(
                CompareFixtures.article("m1", "wire", "President Andrés Manuel López Obrador spoke in Mexico City on"
                        + " Wednesday about the border crossings with the United States. " + quote
                        + "López Obrador said."),
                CompareFixtures.article("m2", "daily", "The Mexican president spoke to reporters about the border "
                        + "crossings with the United States on Wednesday. " + quote + "AMLO said."));
        Comparison c = compare(articles, Families.byDuplicateOf());
        assertThat(c.contradictions()).noneSatisfy(x -> assertThat(x.kind()).isEqualTo(ContradictionKind.QUOTE_SPEAKER));
        Agreement q = c.agreements().stream().filter(a -> a.kind() == FactKind.QUOTE).findFirst().orElseThrow();
        assertThat(q.families()).containsExactly("m1", "m2");
        assertThat(q.statement()).startsWith("Andrés Manuel López Obrador: ");
    }

    @Test
    void twoPeopleWithOneSurnameAreNotOneNameSpelledTwoWays() {
        List<Article> articles = List.of(
                CompareFixtures.article("k1", "wire", "Senator Mark Kelly visited the flooded town of Averly on "
                        + "Monday and promised federal help for the families."),
                CompareFixtures.article("k2", "daily", "Mary Kelly, the mayor of Averly, said on Monday that the "
                        + "flooded town needs federal help for the families."));
        // "Mark" and "Mary" are one letter apart, but the resolver keeps the two people apart
        assertThat(compare(articles, Families.byDuplicateOf()).contradictions())
                .noneSatisfy(x -> assertThat(x.kind()).isEqualTo(ContradictionKind.NAME_SPELLING));
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
        assertThat(original.quoted()).containsExactly("Anthony Blinken");
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
