package org.storyline.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps texts to dense vectors of unit length (or all zeros for a text with nothing to embed). Implementations are
 * thread-safe and deterministic: the same text always gives the same vector.
 */
public interface Embedder {

    /** The length of every vector this embedder returns. */
    int dimension();

    /** The vector of one text; blank text gives the zero vector. */
    float[] embed(String text);

    /** The vectors of several texts, in the same order; implementations may batch or parallelize. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }
}
