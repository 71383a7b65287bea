package org.storyline.index;

import java.util.Locale;
import org.storyline.embed.Embedder;
import org.storyline.embed.Vectors;

/**
 * A cheap, deterministic stand-in for a language model: lower-cased words hashed into a fixed number of
 * dimensions and normalized, so texts sharing words are similar. For tests and for serving where loading the
 * real model is not wanted; it knows nothing of synonyms.
 */
public final class HashedWordsEmbedder implements Embedder {
    private final int dimension;

    public HashedWordsEmbedder(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive");
        }
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension];
        if (text == null) {
            return v;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), dimension)] += 1f;
            }
        }
        return Vectors.normalized(v);
    }
}
