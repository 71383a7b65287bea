package org.storyline.cluster;

/**
 * Parameters of event clustering and storyline linking, validated eagerly. Defaults were tuned on the ECB+ dev
 * set (see BENCHMARKS.md); {@link #builder()} changes them.
 *
 * @param eventThreshold     minimum similarity (cosine × time factor) to join an existing event
 * @param storylineThreshold minimum event-to-event cosine to chain two events into one storyline
 * @param timeSigmaDays      width of the Gaussian time decay between an article and an event's date range
 * @param titleBoost         weight of title terms relative to body terms
 * @param candidateTerms     how many of an article's heaviest terms are used to find candidate events
 * @param maxCentroidTerms   terms kept per event centroid (memory bound)
 * @param referenceTerms     articles with fewer distinct terms than this get a lower event threshold,
 *                           {@code eventThreshold × sqrt(terms / referenceTerms)}: cosines between short texts
 *                           are smaller for the same overlap (80: chosen on ECB+ and the seeds, between the 10th percentile and the median article of ECB+)
 * @param undatedFactor      similarity multiplier when exactly one of article and event is dated: time cannot
 *                           confirm that they are the same happening, so the text must agree more strongly
 * @param nameWeight         weight of the name channel (capitalised names: who and where) next to the word
 *                           channel's 1 ({@link Scoring})
 * @param embeddingWeight    weight of the dense-embedding channel (the lead's meaning), used when an embedder is
 *                           configured
 * @param embeddingFloor     embedding cosine that counts as no evidence (unrelated news texts score about this)
 * @param activeWindowDays   an event whose last date lies this many days before the earliest article of the
 *                           batch just assigned is
 *                           retired from the active window (the time decay makes joining it nearly impossible
 *                           anyway: exp(-90²/2·14²) ≈ 1e-9)
 * @param activeWindowArticles an event no article joined during this many assignments is retired too (bounds
 *                           memory for undated streams)
 * @param mergeThreshold     event-to-event similarity (times the time decay between their ranges) at which the
 *                           refinement after each batch merges two active events (1 = only identical ones)
 */
public record ClusterSettings(
        double eventThreshold,
        double storylineThreshold,
        double timeSigmaDays,
        float titleBoost,
        int candidateTerms,
        int maxCentroidTerms,
        int referenceTerms,
        double undatedFactor,
        double nameWeight,
        double embeddingWeight,
        double embeddingFloor,
        int activeWindowDays,
        long activeWindowArticles,
        double mergeThreshold) {

    public ClusterSettings {
        check(eventThreshold > 0 && eventThreshold < 1, "eventThreshold must be in (0, 1), got " + eventThreshold);
        check(storylineThreshold > 0 && storylineThreshold < 1,
                "storylineThreshold must be in (0, 1), got " + storylineThreshold);
        check(timeSigmaDays > 0, "timeSigmaDays must be > 0, got " + timeSigmaDays);
        check(titleBoost >= 0, "titleBoost must be >= 0, got " + titleBoost);
        check(candidateTerms >= 1, "candidateTerms must be >= 1, got " + candidateTerms);
        check(maxCentroidTerms >= 10, "maxCentroidTerms must be >= 10, got " + maxCentroidTerms);
        check(referenceTerms >= 1, "referenceTerms must be >= 1, got " + referenceTerms);
        check(undatedFactor > 0 && undatedFactor <= 1, "undatedFactor must be in (0, 1], got " + undatedFactor);
        check(nameWeight >= 0, "nameWeight must be >= 0, got " + nameWeight);
        check(embeddingWeight >= 0, "embeddingWeight must be >= 0, got " + embeddingWeight);
        check(embeddingFloor >= 0 && embeddingFloor < 1, "embeddingFloor must be in [0, 1), got " + embeddingFloor);
        check(activeWindowDays >= 1, "activeWindowDays must be >= 1, got " + activeWindowDays);
        check(activeWindowArticles >= 1, "activeWindowArticles must be >= 1, got " + activeWindowArticles);
        check(mergeThreshold > 0, "mergeThreshold must be > 0 (above 1: never merge), got " + mergeThreshold);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public static ClusterSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with the tuned defaults. */
    public static final class Builder {
        private double eventThreshold = 0.30;
        private double storylineThreshold = 0.30;
        private double timeSigmaDays = 14;
        private float titleBoost = 2f;
        private int candidateTerms = 20;
        private int maxCentroidTerms = 400;
        private double undatedFactor = 0.8;
        private int referenceTerms = 80;
        private double nameWeight = 0.0;
        private double embeddingWeight = 0.0;
        private double embeddingFloor = 0.2;
        private int activeWindowDays = 90;
        private long activeWindowArticles = 100_000;
        private double mergeThreshold = 0.5;

        private Builder() {}

        public Builder eventThreshold(double v) {
            eventThreshold = v;
            return this;
        }

        public Builder storylineThreshold(double v) {
            storylineThreshold = v;
            return this;
        }

        public Builder timeSigmaDays(double v) {
            timeSigmaDays = v;
            return this;
        }

        public Builder titleBoost(float v) {
            titleBoost = v;
            return this;
        }

        public Builder candidateTerms(int v) {
            candidateTerms = v;
            return this;
        }

        public Builder maxCentroidTerms(int v) {
            maxCentroidTerms = v;
            return this;
        }

        public Builder referenceTerms(int v) {
            referenceTerms = v;
            return this;
        }

        public Builder undatedFactor(double v) {
            undatedFactor = v;
            return this;
        }

        public Builder nameWeight(double v) {
            nameWeight = v;
            return this;
        }

        public Builder embeddingWeight(double v) {
            embeddingWeight = v;
            return this;
        }

        public Builder embeddingFloor(double v) {
            embeddingFloor = v;
            return this;
        }

        public Builder activeWindowDays(int v) {
            activeWindowDays = v;
            return this;
        }

        public Builder activeWindowArticles(long v) {
            activeWindowArticles = v;
            return this;
        }

        /** Event-to-event similarity at which refinement merges two events; above 1 never merges. */
        public Builder mergeThreshold(double v) {
            mergeThreshold = v;
            return this;
        }

        public ClusterSettings build() {
            return new ClusterSettings(eventThreshold, storylineThreshold, timeSigmaDays, titleBoost, candidateTerms,
                    maxCentroidTerms, referenceTerms, undatedFactor, nameWeight, embeddingWeight, embeddingFloor,
                    activeWindowDays, activeWindowArticles, mergeThreshold);
        }
    }
}
