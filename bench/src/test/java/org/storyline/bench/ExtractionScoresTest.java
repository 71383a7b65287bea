package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoresTest {

    @Test
    void bodyTokensAreABagOfLowerCasedWords() {
        ExtractionScores.Prf prf = ExtractionScores.tokens("The cat sat. The end", "the CAT, the dog");
        // gold: the×2 cat sat end (5); predicted: the×2 cat dog (4); common: the×2 cat (3)
        assertThat(prf.precision()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(prf.recall()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(ExtractionScores.tokens("a b", "").f1()).isZero();
    }

    @Test
    void shinglesAreNormalisedPerPage() {
        double[] same = ExtractionScores.shingles("one two three four five", "one two three four five");
        assertThat(same).containsExactly(1, 0, 0);
        double[] half = ExtractionScores.shingles("one two three four five", "one two three four");
        // gold shingles: [1-4], [2-5]; predicted: [1-4]: tp 1, fn 1
        assertThat(half).containsExactly(0.5, 0, 0.5);
    }

    @Test
    void titlesIgnoreInvisibleCharactersAndSpacing() {
        assertThat(ExtractionScores.sameTitle("Helikopter\u00adlandeplatz  im\u00a0Bau", "Helikopterlandeplatz im Bau"))
                .isTrue();
        assertThat(ExtractionScores.sameTitle("Storm", "Storms")).isFalse();
        assertThat(ExtractionScores.sameTitle("Storm", null)).isFalse();
    }

    @Test
    void summaryAveragesOverPages() {
        List<ExtractionCase> cases = List.of(
                new ExtractionCase("a", null, "", "T1", "x y", LocalDate.of(2024, 1, 2), List.of("Ann Lee")),
                new ExtractionCase("b", null, "", "T2", "x y", null, null));
        List<Extraction> results = List.of(
                new Extraction("T1", "x y", LocalDate.of(2024, 1, 2), List.of("ann  lee", "Bo")),
                new Extraction("T3", "x", null, List.of()));

        ExtractionSummary s = ExtractionSummary.of(cases, results);

        assertThat(s.title()).isEqualTo(0.5);
        assertThat(s.date()).isEqualTo(1.0);                                // only page a has a gold date
        assertThat(s.authors()).isCloseTo(2 / 3.0, within(1e-9));           // P 1/2, R 1 on page a only
        assertThat(s.f1()).isCloseTo((1 + 2 / 3.0) / 2, within(1e-9));      // page b: P 1, R 1/2
    }
}
