package org.storyline.analyze;

import org.storyline.cluster.ClusterSettings;
import org.storyline.dedupe.NearDuplicateSettings;
import org.storyline.provenance.RewriteSettings;

/**
 * Settings of an analysis run.
 *
 * @param batchSize    articles per committed batch (the unit of crash recovery)
 * @param clustering   event clustering and storyline linking parameters
 * @param summaryWords approximate length of event summaries
 * @param nearDuplicates near-duplicate detection; fixed for a store (its sketches are refused under others,
 *                       except for the threshold)
 * @param rewrites     rewrite detection and provenance families
 */
public record AnalyzerSettings(int batchSize, ClusterSettings clustering, int summaryWords,
        NearDuplicateSettings nearDuplicates, RewriteSettings rewrites) {
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
        if (nearDuplicates == null) {
            throw new IllegalArgumentException("near-duplicate settings are required");
        }
        if (rewrites == null) {
            rewrites = RewriteSettings.defaults();
        }
    }

    /** Settings with the default rewrite detection. */
    public AnalyzerSettings(int batchSize, ClusterSettings clustering, int summaryWords,
            NearDuplicateSettings nearDuplicates) {
        this(batchSize, clustering, summaryWords, nearDuplicates, RewriteSettings.defaults());
    }

    /** Settings with the default near-duplicate detection. */
    public AnalyzerSettings(int batchSize, ClusterSettings clustering, int summaryWords) {
        this(batchSize, clustering, summaryWords, NearDuplicateSettings.defaults());
    }

    public static AnalyzerSettings defaults() {
        return new AnalyzerSettings(2000, ClusterSettings.defaults(), 45);
    }

    public AnalyzerSettings withBatchSize(int n) {
        return new AnalyzerSettings(n, clustering, summaryWords, nearDuplicates, rewrites);
    }

    public AnalyzerSettings withNearDuplicates(NearDuplicateSettings n) {
        return new AnalyzerSettings(batchSize, clustering, summaryWords, n, rewrites);
    }

    public AnalyzerSettings withClustering(ClusterSettings c) {
        return new AnalyzerSettings(batchSize, c, summaryWords, nearDuplicates, rewrites);
    }

    public AnalyzerSettings withRewrites(RewriteSettings r) {
        return new AnalyzerSettings(batchSize, clustering, summaryWords, nearDuplicates, r);
    }
}
