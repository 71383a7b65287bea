package org.storyline.model;

/**
 * One aligned sentence pair of two versions: {@code [aStart, aEnd)} in the first article's cleaned text,
 * {@code [bStart, bEnd)} in the second's, the sentences' indices and their similarity (embedding cosine, in
 * [0, 1]).
 */
public record AlignedPassage(int aSentence, int bSentence, int aStart, int aEnd, int bStart, int bEnd,
        double similarity) {
    public AlignedPassage {
        if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart) {
            throw new IllegalArgumentException("bad passage spans [" + aStart + ", " + aEnd + ") / [" + bStart + ", "
                    + bEnd + ")");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }

    /** The same passage seen from the other article. */
    public AlignedPassage swapped() {
        return new AlignedPassage(bSentence, aSentence, bStart, bEnd, aStart, aEnd, similarity);
    }
}
