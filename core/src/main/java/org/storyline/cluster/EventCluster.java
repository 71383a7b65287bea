package org.storyline.cluster;

import java.time.LocalDate;
import com.carrotsearch.hppc.IntFloatHashMap;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * One event's clustering state inside {@link ClusterState}: the sum of its members' term vectors (pruned to the
 * heaviest terms, so memory stays bounded however large the event grows), its size and its members' dates.
 */
public final class EventCluster {
    private final String id;
    final int index;
    final IntFloatHashMap centroid = new IntFloatHashMap();
    final TreeMap<Long, Integer> datesByDay = new TreeMap<>();
    int size;
    /**
     * Counts the changes of {@link #centroid}: every change goes through {@link #invalidate} or the pruning, so a
     * weight read at one version is still the centroid's while the version is the same.
     */
    int version;
    double cachedNorm = -1;
    double cachedWordNorm = -1;
    double cachedNameNorm = -1;
    /** Sum of the members' embeddings (null until a member with an embedding joins). */
    float[] embedding;
    int embedded;
    /** The article clock ({@link ClusterState#clock()}) when a member last joined. */
    long lastTouched;
    /** Gone quiet: no longer offered to new articles, kept in compact form for storyline linking. */
    boolean retired;

    EventCluster(String id, int index) {
        this.id = id;
        this.index = index;
    }

    public String id() {
        return id;
    }

    public int size() {
        return size;
    }

    /** Earliest member date, or null when no member is dated. */
    public LocalDate start() {
        return datesByDay.isEmpty() ? null : LocalDate.ofEpochDay(datesByDay.firstKey());
    }

    public LocalDate end() {
        return datesByDay.isEmpty() ? null : LocalDate.ofEpochDay(datesByDay.lastKey());
    }

    boolean alive() {
        return size > 0;
    }

    /** Whether new articles may join (alive and not retired). */
    boolean active() {
        return size > 0 && !retired;
    }

    /** Retires the event: keeps only its {@code keepTerms} heaviest centroid terms and its embedding direction. */
    void retire(int keepTerms) {
        retired = true;
        if (centroid.size() > keepTerms) {
            prune(keepTerms);
        }
        invalidate();
    }

    void add(SparseVector v, LocalDate date, int maxTerms, float[] emb) {
        if (emb != null) {
            if (embedding == null) {
                embedding = new float[emb.length];
            }
            for (int i = 0; i < emb.length; i++) {
                embedding[i] += emb[i];
            }
            embedded++;
        }
        for (int i = 0; i < v.size(); i++) {
            centroid.addTo(v.ids()[i], v.weights()[i]);
        }
        if (date != null) {
            datesByDay.merge(date.toEpochDay(), 1, Integer::sum);
        }
        size++;
        invalidate();
        if (centroid.size() > 2 * maxTerms) {
            prune(maxTerms);
        }
    }

    void remove(SparseVector v, LocalDate date, float[] emb) {
        if (emb != null && embedding != null) {
            for (int i = 0; i < emb.length; i++) {
                embedding[i] -= emb[i];
            }
            embedded--;
        }
        for (int i = 0; i < v.size(); i++) {
            int t = v.ids()[i];
            int slot = centroid.indexOf(t);
            if (centroid.indexExists(slot)) {
                float left = centroid.indexGet(slot) - v.weights()[i];
                if (left <= 1e-6f) {
                    centroid.remove(t);
                } else {
                    centroid.indexReplace(slot, left);
                }
            }
        }
        if (date != null) {
            datesByDay.computeIfPresent(date.toEpochDay(), (k, n) -> n == 1 ? null : n - 1);
        }
        size--;
        invalidate();
    }

    /** Forgets the cached norms and counts a change of the centroid ({@link #version}). */
    void invalidate() {
        resetNorms();
        version++;
    }

    /** Forgets the cached norms (the idf weights changed, the centroid did not). */
    void resetNorms() {
        cachedNorm = -1;
        cachedWordNorm = -1;
        cachedNameNorm = -1;
    }

    /** Prunes the centroid when it holds more than twice {@code maxTerms} terms. */
    void pruneTo(int maxTerms) {
        if (centroid.size() > 2 * maxTerms) {
            prune(maxTerms);
        }
    }

    private void prune(int keep) {
        version++;
        float[] weights = centroid.values().toArray();
        Arrays.sort(weights);
        float cut = weights[weights.length - keep];
        centroid.removeAll((int t, float w) -> w < cut);
    }
}
