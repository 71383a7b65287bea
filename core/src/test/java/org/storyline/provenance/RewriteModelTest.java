package org.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rewrite decision's figures, without embeddings. */
class RewriteModelTest {

    @Test
    void bigramOverlapIgnoresCaseAndPunctuationAndNeedsTwoWords() {
        assertThat(SentenceAligner.bigramOverlap("The river burst its banks on Monday.",
                "the River burst its banks, on monday!")).isEqualTo(1.0);
        // 2 of the shorter sentence's 4 bigrams are shared
        assertThat(SentenceAligner.bigramOverlap("heavy rain hit the town", "heavy rain flooded the town"))
                .isEqualTo(0.5);
        assertThat(SentenceAligner.bigramOverlap("Floods closed roads", "Storms shut highways")).isZero();
        assertThat(SentenceAligner.bigramOverlap("Flood", "Flood")).isZero();
        assertThat(SentenceAligner.bigramOverlap("", "a b c")).isZero();
    }

    @Test
    void sharedWordsAndFactsMakeARewriteWhereSemanticMatchesAloneDoNot() {
        // a spun copy: most sentences aligned on both sides, most word pairs and facts kept
        double rewrite = RewriteModel.score(0.8, 0.75, 0.6, 1.0, 1.0, 0.85, 8);
        // an independent report of the same event: a few sentences about the same facts, in its own words
        double independent = RewriteModel.score(0.5, 0.5, 0.15, 0.6, 0.75, 0.7, 3);
        assertThat(rewrite).isGreaterThan(RewriteSettings.defaults().rewriteThreshold());
        assertThat(independent).isLessThan(RewriteSettings.defaults().rewriteThreshold());
        // the same alignment with the words of the rewrite: the word overlap alone moves it over the line
        assertThat(RewriteModel.score(0.5, 0.5, 0.6, 0.6, 0.75, 0.7, 3)).isGreaterThan(independent);
        // a template filled with other facts (dividend notices of two companies) is no rewrite
        assertThat(RewriteModel.score(0.7, 0.7, 0.4, 0.28, 1.0, 0.64, 3))
                .isLessThan(RewriteSettings.defaults().rewriteThreshold());
    }
}
