package org.storyline.provenance;

import java.util.List;
import org.storyline.model.AlignedPassage;

/**
 * The sentence alignment of two texts a and b.
 *
 * @param passages         the aligned sentence pairs, monotone (increasing in both texts)
 * @param coverageA        share of a's words in aligned sentences, weighted by the sentences' similarity
 * @param coverageB        the same for b
 * @param orderAgreement   aligned pairs over sentences of the smaller side that have a match at all (1 = every
 *                         match keeps its order; reordered sentences lower it)
 * @param factOverlap      shared facts (numbers, names, quotes) over the smaller text's facts
 * @param factOrder        share of the shared facts that appear in the same order
 * @param documentCosine   cosine of the two texts' mean sentence directions
 * @param similarity       the pair's similarity in [0, 1] (see {@link SentenceAligner})
 * @param lexicalOverlap   mean share of word bigrams the aligned sentences share (over the smaller sentence's)
 * @param rewriteScore     how likely the pair is a rewrite, in [0, 1] ({@link RewriteModel}); compared with
 *                         {@link RewriteSettings#rewriteThreshold()}
 */
public record Alignment(List<AlignedPassage> passages, double coverageA, double coverageB, double orderAgreement,
        double factOverlap, double factOrder, double documentCosine, double similarity, double lexicalOverlap,
        double rewriteScore) {
    public Alignment {
        passages = List.copyOf(passages);
    }
}
