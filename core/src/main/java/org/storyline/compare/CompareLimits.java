package org.storyline.compare;

/**
 * Bounds on the work done for one event, so that an event of thousands of articles takes bounded time: at most
 * {@code maxFamilies} families (the largest, then by id), {@code maxSentences} sentences of each family's
 * representative, and {@code maxCandidates} sentences compared with each sentence (found through shared
 * high-idf terms, never all pairs).
 */
public record CompareLimits(int maxFamilies, int maxSentences, int maxCandidates) {
    public CompareLimits {
        if (maxFamilies < 1 || maxSentences < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("limits must be >= 1");
        }
    }

    public static CompareLimits defaults() {
        return new CompareLimits(200, 60, 200);
    }
}
