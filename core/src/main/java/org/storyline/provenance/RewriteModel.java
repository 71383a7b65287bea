package org.storyline.provenance;

/**
 * The rewrite decision: a logistic model over six figures of a pair's sentence alignment, with fixed coefficients.
 * A rewrite keeps most sentences, aligned in order on both sides, with many of their words and the same facts in the
 * same order; an independent report of the same event aligns a few sentences about the same facts, told in its own
 * words. The word overlap of aligned sentences and the shared facts separate the two best; coverage, the aligned
 * sentences' cosine and their number add the rest.
 *
 * <p>Fitted once (L2-regularised logistic regression, {@code storyline bench dedupe --features-out}) on training data
 * only: as rewrites, the generator's rewrites of 60 training base articles (reuters21578 / bbc-fulltext, bases 60–119
 * of the seeded shuffle; spun copies, 10–30% words replaced, clauses reordered); as non-rewrites, the pairs of
 * different bases the candidate search compared, and the ECB+ train-split candidate pairs that are either across
 * gold events or independent reports (same event, different outlets, no shared 8-word passage; weight 3). The
 * benchmark's bases 0–59, the ECB+ dev split and the seed articles were not used for fitting. See BENCHMARKS.md,
 * "Duplicates (issue #5)", 2026-12-02.
 */
final class RewriteModel {
    static final double BIAS = -23.087;
    /** Times √(coverageA · coverageB). */
    static final double COVERAGE = 4.755;
    /** Times min(coverageA, coverageB): both sides must be covered. */
    static final double MIN_COVERAGE = 2.121;
    /** Times the mean word-bigram overlap of the aligned sentences ({@link Alignment#lexicalOverlap()}). */
    static final double LEXICAL = 13.370;
    /** Times factOverlap · factOrder. */
    static final double FACTS = 13.683;
    /** Times the mean cosine of the aligned sentences. */
    static final double COSINE = 3.326;
    /** Times min(aligned sentences, 10) / 10. */
    static final double ALIGNED = 4.102;

    private RewriteModel() {}

    /** The probability-like rewrite score in [0, 1] of an alignment's figures. */
    static double score(double coverageA, double coverageB, double lexicalOverlap, double factOverlap,
            double factOrder, double meanCosine, int aligned) {
        double z = BIAS + COVERAGE * Math.sqrt(coverageA * coverageB) + MIN_COVERAGE * Math.min(coverageA, coverageB)
                + LEXICAL * lexicalOverlap + FACTS * factOverlap * factOrder + COSINE * meanCosine
                + ALIGNED * Math.min(aligned, 10) / 10.0;
        return 1 / (1 + Math.exp(-z));
    }
}
