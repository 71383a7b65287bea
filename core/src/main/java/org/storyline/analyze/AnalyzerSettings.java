package org.storyline.analyze;

import org.storyline.cluster.ClusterSettings;

/**
 * Settings of an analysis run.
 *
 * @param batchSize    articles per committed batch (the unit of crash recovery)
 * @param clustering   event clustering and storyline linking parameters
 * @param summaryWords approximate length of event summaries
 */
public record AnalyzerSettings(int batchSize, ClusterSettings clustering, int summaryWords) {
    public AnalyzerSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (clustering == null) {
            throw new IllegalArgumentException("clustering settings are required");
        }
        if (summaryWords < 5) {
            throw new IllegalArgumentException("summaryWords must be >= 5, got " + summaryWords);
        }
    }

    public static AnalyzerSettings defaults() {
        return new AnalyzerSettings(2000, ClusterSettings.defaults(), 45);
    }

    public AnalyzerSettings withBatchSize(int n) {
        return new AnalyzerSettings(n, clustering, summaryWords);
    }

    public AnalyzerSettings withClustering(ClusterSettings c) {
        return new AnalyzerSettings(batchSize, c, summaryWords);
    }
}
