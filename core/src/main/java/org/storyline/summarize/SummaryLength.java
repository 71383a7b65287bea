package org.storyline.summarize;

/**
 * How long a summary may be: at most {@code sentences} sentences and at most {@code words} words (0: no word
 * limit). A summary always gets its first sentence, even when that alone is longer than {@code words}.
 */
public record SummaryLength(int sentences, int words) {
    public SummaryLength {
        if (sentences < 1 || words < 0) {
            throw new IllegalArgumentException("a summary needs >= 1 sentence and words >= 0");
        }
    }

    public static SummaryLength sentences(int n) {
        return new SummaryLength(n, 0);
    }

    public static SummaryLength defaults() {
        return new SummaryLength(3, 90);
    }
}
