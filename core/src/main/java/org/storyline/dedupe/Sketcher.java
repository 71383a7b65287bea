package org.storyline.dedupe;

import java.util.Arrays;

/**
 * Makes the {@link TextSketch} of a text: normalized words ({@link ContentHashStage#normalize}), distinct word
 * shingles, their MinHash signature cut into LSH band keys, and the bottom-k shingle hashes. Deterministic (the
 * hash family comes from the settings' seed), stateless and thread-safe. Cost is linear in the text: a 1 MB text
 * is sketched in milliseconds and its sketch is no larger than {@code bottomK} hashes.
 */
public final class Sketcher {
    private static final TextSketch.Similarity NONE = new TextSketch.Similarity(0, 0);

    private final NearDuplicateSettings settings;
    private final WordShingles shingles;
    private final MinHasher minHasher;
    private final TextSketch empty;

    public Sketcher(NearDuplicateSettings settings) {
        this.settings = settings;
        this.shingles = new WordShingles(settings.shingleWords());
        this.minHasher = new MinHasher(settings);
        this.empty = new TextSketch(settings.sketchFormat(), 0, new int[0], new int[0]);
    }

    public NearDuplicateSettings settings() {
        return settings;
    }

    /** The sketch of a raw (cleaned) text. */
    public TextSketch sketch(String text) {
        return sketchNormalized(ContentHashStage.normalize(text));
    }

    /** The sketch of a text already normalized by {@link ContentHashStage#normalize}. */
    public TextSketch sketchNormalized(String normalized) {
        int[] set = shingles.of(normalized);
        if (set.length == 0) {
            return empty;
        }
        int[] keys = minHasher.bandKeys(minHasher.signature(set));
        int[] bottom = set.length <= settings.bottomK() ? set : Arrays.copyOf(set, settings.bottomK());
        return new TextSketch(settings.sketchFormat(), set.length, keys, bottom);
    }

    /** Exact Jaccard similarity and containment of two texts' shingle sets (for tests and baselines). */
    public TextSketch.Similarity exactSimilarity(String text1, String text2) {
        int[] x = shingles.of(ContentHashStage.normalize(text1));
        int[] y = shingles.of(ContentHashStage.normalize(text2));
        if (x.length == 0 || y.length == 0) {
            return NONE;
        }
        int both = intersection(x, y);
        double jaccard = (double) both / (x.length + y.length - both);
        return new TextSketch.Similarity(jaccard, (double) both / Math.min(x.length, y.length));
    }

    /** The distinct shingle hashes of a normalized text, ascending (for baselines that compare whole sets). */
    public int[] shingles(String normalized) {
        return shingles.of(normalized);
    }

    /** Size of the intersection of two ascending arrays of distinct values. */
    public static int intersection(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
        }
        return both;
    }
}
