package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term ↔ id dictionary with document frequencies; part of {@link ClusterState}. Not thread-safe. */
public final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] df = new int[1024];
    private long documents;
    private final java.util.BitSet names = new java.util.BitSet();

    /** The id of {@code term}, adding it when new. */
    public int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int n = terms.size();
        ids.put(term, n);
        terms.add(term);
        if (Names.isName(term)) {
            names.set(n);
        }
        if (n == df.length) {
            df = Arrays.copyOf(df, n * 2);
        }
        return n;
    }

    /** The id of {@code term}, or null when it was never seen (nothing is added). */
    public Integer existingId(String term) {
        return ids.get(term);
    }

    /** Whether the term is a name term ({@link Names}), compared as a channel of its own. */
    public boolean isName(int id) {
        return names.get(id);
    }

    public String term(int id) {
        return terms.get(id);
    }

    public int size() {
        return terms.size();
    }

    /** Counts one more document containing the given distinct term ids. */
    public void addDocument(int[] distinctIds) {
        documents++;
        for (int id : distinctIds) {
            df[id]++;
        }
    }

    /** Uncounts a document (used when a stored state is replayed). */
    public void removeDocument(int[] distinctIds) {
        documents--;
        for (int id : distinctIds) {
            df[id]--;
        }
    }

    public int df(int id) {
        return id < terms.size() ? df[id] : 0;
    }

    public long documents() {
        return documents;
    }

    /** Smoothed inverse document frequency, {@code ln((N + 1) / (df + 1)) + 1}. */
    public double idf(int id) {
        return Math.log((documents + 1.0) / (df(id) + 1.0)) + 1.0;
    }

    List<String> terms() {
        return terms;
    }

    int[] dfArray() {
        return Arrays.copyOf(df, terms.size());
    }

    static Vocabulary restore(List<String> terms, int[] df, long documents) {
        Vocabulary v = new Vocabulary();
        for (String t : terms) {
            v.id(t);
        }
        v.df = Arrays.copyOf(df, Math.max(1024, df.length * 2));
        v.documents = documents;
        return v;
    }
}
