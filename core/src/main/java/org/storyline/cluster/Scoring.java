package org.storyline.cluster;

/**
 * How the similarity channels combine into one score in [0, 1]: a weighted mean of the word cosine (weight 1),
 * the name cosine ({@link #nameWeight}, only when the article has names) and the embedding cosine rescaled so
 * that {@link #embeddingFloor} (what unrelated news texts typically score) maps to 0 ({@link #embeddingWeight},
 * only when both sides have embeddings). A channel that is missing drops out of the mean instead of counting
 * as a zero.
 */
record Scoring(double nameWeight, double embeddingWeight, double embeddingFloor) {

    static Scoring of(ClusterSettings s) {
        return new Scoring(s.nameWeight(), s.embeddingWeight(), s.embeddingFloor());
    }

    double combine(double wordCos, boolean hasNames, double nameCos, boolean hasEmbedding, double embeddingCos) {
        double sum = wordCos;
        double weights = 1;
        if (hasNames && nameWeight > 0) {
            sum += nameWeight * nameCos;
            weights += nameWeight;
        }
        if (hasEmbedding && embeddingWeight > 0) {
            sum += embeddingWeight * Math.max(0, (embeddingCos - embeddingFloor) / (1 - embeddingFloor));
            weights += embeddingWeight;
        }
        return sum / weights;
    }
}
