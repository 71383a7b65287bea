package org.storyline.eval;

import java.util.List;

/**
 * Scores of a predicted clustering against gold, computed over the ids present in both.
 *
 * @param missing ids in gold but not predicted (sorted)
 * @param extra   ids predicted but not in gold (sorted)
 */
public record ClusterScores(
        int items,
        int goldClusters,
        int predictedClusters,
        double bcubedPrecision,
        double bcubedRecall,
        double bcubedF1,
        double pairwisePrecision,
        double pairwiseRecall,
        double pairwiseF1,
        double nmi,
        double ari,
        List<String> missing,
        List<String> extra) {

    public ClusterScores {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }
}
