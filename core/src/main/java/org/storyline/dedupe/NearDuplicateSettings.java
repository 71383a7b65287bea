package org.storyline.dedupe;

/**
 * Parameters of near-duplicate detection: word shingles, MinHash with banded LSH, bottom-k verification.
 *
 * <p>An article is a set of shingles: runs of {@code shingleWords} consecutive normalized words (see
 * {@link ContentHashStage#normalize}). Two articles are near copies when the Jaccard similarity of their shingle
 * sets is at least {@code threshold}. {@code bands × rows} MinHash values are computed per article; two articles
 * become candidates when all {@code rows} values of at least one band agree, which happens with probability
 * {@code 1 − (1 − J^rows)^bands} (the S-curve, {@link #candidateProbability}). With the defaults (20 bands of 5
 * rows) that is 0.47 at J = 0.5, 0.80 at 0.6, 0.975 at 0.7, 0.9997 at 0.8 and 1 − 10⁻⁸ at 0.9, and 0.003 at
 * J = 0.2: pairs above the threshold are almost never missed, and few unrelated pairs are ever compared. Each
 * candidate is then verified on a bottom-k sketch (the {@code bottomK} smallest shingle hashes): exact for
 * articles with at most {@code bottomK} distinct shingles (nearly all news articles), an unbiased estimate with
 * standard error {@code √(J(1−J)/bottomK)} (0.018 at J = 0.8) beyond.
 *
 * <p>Defaults: 5-word shingles and Jaccard ≥ 0.8, the definition of bbc-fulltext's near-duplicate gold. 4-word
 * shingles find a few more edited copies in {@code storyline bench dedupe} but also mark Reuters wire templates
 * (the same notice for another company or day) that the 5-word reference puts below 0.8: precision 0.95
 * instead of 0.998 (BENCHMARKS.md). Copies that differ by more (a third of a short article cut, long boilerplate
 * the cleaner does not remove) fall below 0.8 and are left to sentence-level alignment.
 *
 * @param shingleWords words per shingle (texts shorter than that are one shingle)
 * @param bands        LSH bands
 * @param rows         MinHash values per band
 * @param bottomK      shingle hashes kept per article for verification
 * @param threshold    Jaccard similarity from which an article is a near copy
 * @param seed         seed of the hash family (fixed: sketches are only comparable under the same seed)
 */
public record NearDuplicateSettings(int shingleWords, int bands, int rows, int bottomK, double threshold, long seed) {
    private static final int MAX_HASHES = 1024;

    public NearDuplicateSettings {
        if (shingleWords < 1 || shingleWords > 16) {
            throw new IllegalArgumentException("shingleWords must be in [1, 16], got " + shingleWords);
        }
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " × " + rows);
        }
        if ((long) bands * rows > MAX_HASHES) {
            throw new IllegalArgumentException("bands × rows must be <= " + MAX_HASHES + ", got " + bands + " × " + rows);
        }
        if (bottomK < 16) {
            throw new IllegalArgumentException("bottomK must be >= 16, got " + bottomK);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
    }

    public static NearDuplicateSettings defaults() {
        return new NearDuplicateSettings(5, 20, 5, 512, 0.8, 0x5709_11DE_D0B1_E5L);
    }

    public NearDuplicateSettings withThreshold(double t) {
        return new NearDuplicateSettings(shingleWords, bands, rows, bottomK, t, seed);
    }

    public NearDuplicateSettings withShingleWords(int n) {
        return new NearDuplicateSettings(n, bands, rows, bottomK, threshold, seed);
    }

    /** MinHash values per article. */
    public int hashes() {
        return bands * rows;
    }

    /** Probability that two articles with Jaccard similarity {@code jaccard} share at least one LSH bucket. */
    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }

    /**
     * Identifies everything that makes two sketches comparable (all but the threshold), so that sketches made
     * under other settings are refused instead of silently compared.
     */
    public int sketchFormat() {
        long h = seed;
        h = h * 31 + shingleWords;
        h = h * 31 + bands;
        h = h * 31 + rows;
        h = h * 31 + bottomK;
        return (int) (h ^ (h >>> 32));
    }
}
