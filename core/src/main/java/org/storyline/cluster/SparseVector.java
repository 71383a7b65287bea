package org.storyline.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An immutable sparse vector over term ids, ids strictly increasing. */
public record SparseVector(int[] ids, float[] weights) {

    public SparseVector {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length");
        }
    }

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /**
     * Sublinear term frequencies ({@code 1 + ln tf}) of the given term ids, L2-normalized; {@code boost} multiplies
     * the counts of the first {@code boosted} ids (a title's terms).
     */
    public static SparseVector ofTermIds(List<Integer> termIds, int boosted, float boost) {
        Map<Integer, Float> counts = new TreeMap<>();
        for (int i = 0; i < termIds.size(); i++) {
            counts.merge(termIds.get(i), i < boosted ? boost : 1f, Float::sum);
        }
        int[] ids = new int[counts.size()];
        float[] w = new float[counts.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            ids[k] = e.getKey();
            w[k] = (float) (1 + Math.log(e.getValue()));
            norm += w[k] * w[k];
            k++;
        }
        float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < w.length; i++) {
            w[i] *= inv;
        }
        return new SparseVector(ids, w);
    }

    /** The union of two vectors over disjoint ids (each keeps its own weights). */
    public static SparseVector concat(SparseVector a, SparseVector b) {
        if (b.size() == 0) {
            return a;
        }
        if (a.size() == 0) {
            return b;
        }
        int[] ids = new int[a.size() + b.size()];
        float[] w = new float[ids.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && a.ids[i] < b.ids[j]) {
                ids[k] = a.ids[i];
                w[k++] = a.weights[i++];
            } else if (i >= a.size() || b.ids[j] < a.ids[i]) {
                ids[k] = b.ids[j];
                w[k++] = b.weights[j++];
            } else {
                throw new IllegalArgumentException("vectors share term id " + a.ids[i]);
            }
        }
        return new SparseVector(ids, w);
    }

    public int size() {
        return ids.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(ids, v.ids) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(ids);
    }
}
