package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.compare.ArticleSentence;
import org.storyline.compare.LexicalSpace;
import org.storyline.compare.TermVector;

class SentenceScorerTest {
    private static List<Candidate> candidates(List<List<String>> terms) {
        LexicalSpace space = LexicalSpace.of(terms);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String text = String.join(" ", terms.get(i));
            out.add(new Candidate(new ArticleSentence("a" + i, 0, text, 0, text.length()), "a" + i,
                    space.vector(terms.get(i)), terms.get(i).size(), null));
        }
        return out;
    }

    @Test
    void centralityRaisesTheSentenceThatSharesWordsWithMostOthers() {
        List<Candidate> cs = candidates(List.of(
                List.of("flood", "river", "town"), // hub: shares a word with each of the next three
                List.of("flood", "rain"), List.of("river", "bridge"), List.of("town", "mayor"),
                List.of("quake", "coast", "tsunami")));
        TermVector centroid = cs.get(4).vector(); // a centroid that, alone, prefers the outlier
        double[] plain = SentenceScorer.centroidOnly().scores(cs, centroid);
        double[] central = new SentenceScorer(0.7, 0).scores(cs, centroid);
        assertThat(plain[4]).isGreaterThan(plain[0]);
        assertThat(central[0]).isGreaterThan(central[4]);
    }

    @Test
    void theLengthPriorScalesDownShortSentencesOnly() {
        List<Candidate> cs = candidates(List.of(List.of("flood", "river"),
                List.of("flood", "river", "town", "mayor", "bridge", "rain")));
        double[] plain = SentenceScorer.centroidOnly().scores(cs);
        double[] prior = new SentenceScorer(0, 4).scores(cs);
        assertThat(prior[0]).isCloseTo(plain[0] / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(prior[1]).isCloseTo(plain[1], org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> new SentenceScorer(1.5, 0)).hasMessageContaining("centralityWeight");
    }
}
