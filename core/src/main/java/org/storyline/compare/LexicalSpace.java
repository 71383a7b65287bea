package org.storyline.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Idf-weighted term vectors over a fixed collection of short texts (an event's sentences): document frequencies
 * are counted once over the collection, then every text becomes a tf·idf vector, L2-normalized.
 */
public final class LexicalSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] df;
    private final int documents;

    private LexicalSpace(List<List<String>> documentsTerms) {
        List<Integer> counts = new ArrayList<>();
        for (List<String> terms : documentsTerms) {
            for (String t : new java.util.HashSet<>(terms)) {
                Integer id = ids.get(t);
                if (id == null) {
                    id = ids.size();
                    ids.put(t, id);
                    counts.add(0);
                }
                counts.set(id, counts.get(id) + 1);
            }
        }
        this.df = counts.stream().mapToInt(Integer::intValue).toArray();
        this.documents = documentsTerms.size();
    }

    /** The space of {@code documentsTerms} (each the terms of one text). */
    public static LexicalSpace of(List<List<String>> documentsTerms) {
        return new LexicalSpace(documentsTerms);
    }

    /** Smoothed idf; a term not in the collection gets the idf of a term seen once. */
    public double idf(String term) {
        Integer id = ids.get(term);
        int f = id == null ? 1 : df[id];
        return Math.log((documents + 1.0) / (f + 0.5));
    }

    /** The normalized tf·idf vector of {@code terms}; terms outside the collection are ignored. */
    public TermVector vector(List<String> terms) {
        Map<Integer, Double> w = new TreeMap<>();
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id != null) {
                w.merge(id, idf(t), Double::sum);
            }
        }
        return normalized(w);
    }

    /** The normalized mean of {@code vectors} (a centroid). */
    public static TermVector centroid(List<TermVector> vectors) {
        Map<Integer, Double> w = new TreeMap<>();
        for (TermVector v : vectors) {
            for (int i = 0; i < v.ids().length; i++) {
                w.merge(v.ids()[i], (double) v.weights()[i], Double::sum);
            }
        }
        return normalized(w);
    }

    private static TermVector normalized(Map<Integer, Double> w) {
        double norm = Math.sqrt(w.values().stream().mapToDouble(x -> x * x).sum());
        if (norm == 0) {
            return TermVector.EMPTY;
        }
        int[] is = new int[w.size()];
        float[] ws = new float[w.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : w.entrySet()) {
            is[k] = e.getKey();
            ws[k++] = (float) (e.getValue() / norm);
        }
        return new TermVector(is, ws);
    }

    /** The term ids of a vector sorted by decreasing weight, at most {@code max} (for blocking). */
    public static int[] topIds(TermVector v, int max) {
        Integer[] order = new Integer[v.ids().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(v.weights()[b], v.weights()[a]));
        int n = Math.min(max, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.ids()[order[i]];
        }
        return out;
    }
}
