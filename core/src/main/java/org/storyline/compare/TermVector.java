package org.storyline.compare;

import java.util.Arrays;

/** A sparse, L2-normalized term vector: term ids in increasing order and their weights. */
public record TermVector(int[] ids, float[] weights) {
    public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    public TermVector {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length");
        }
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** Cosine similarity (both vectors are normalized: the dot product). */
    public double cosine(TermVector o) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                dot += weights[i++] * o.weights[j++];
            } else if (ids[i] < o.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector v && Arrays.equals(ids, v.ids) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector" + Arrays.toString(ids);
    }
}
