package org.storyline.dedupe;

import com.carrotsearch.hppc.IntIntHashMap;
import java.util.Arrays;

/**
 * Banded LSH buckets over entry ordinals 0, 1, 2, …: per band, a primitive map from band key to the newest
 * entry with that key, and a chain from each entry to the previous one in the same bucket. Adding is O(bands);
 * a query walks at most {@code maxScan} entries per bucket, newest first, so that a bucket crowded by thousands
 * of near-identical texts (wire templates) cannot make the cost quadratic. Not thread-safe.
 */
final class LshIndex {
    private final int bands;
    private final int maxScan;
    private final IntIntHashMap[] newest;
    private int[] previous;
    private int size;

    LshIndex(int bands, int maxScan) {
        if (bands < 1 || maxScan < 1) {
            throw new IllegalArgumentException("bands and maxScan must be >= 1, got " + bands + ", " + maxScan);
        }
        this.bands = bands;
        this.maxScan = maxScan;
        this.newest = new IntIntHashMap[bands];
        for (int b = 0; b < bands; b++) {
            newest[b] = new IntIntHashMap();
        }
        this.previous = new int[bands * 16];
    }

    int size() {
        return size;
    }

    /** Adds the next entry (ordinal {@link #size()}) and returns its ordinal. */
    int add(int[] bandKeys) {
        checkKeys(bandKeys);
        int ordinal = size;
        if ((long) (ordinal + 1) * bands > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("LSH index is full at " + ordinal + " entries");
        }
        if ((ordinal + 1) * bands > previous.length) {
            previous = Arrays.copyOf(previous, Math.max((ordinal + 1) * bands,
                    (int) Math.min(Integer.MAX_VALUE - 8L, previous.length * 3L / 2)));
        }
        for (int b = 0; b < bands; b++) {
            IntIntHashMap map = newest[b];
            int slot = map.indexOf(bandKeys[b]);
            if (map.indexExists(slot)) {
                previous[ordinal * bands + b] = map.indexGet(slot);
                map.indexReplace(slot, ordinal);
            } else {
                previous[ordinal * bands + b] = -1;
                map.indexInsert(slot, bandKeys[b], ordinal);
            }
        }
        size++;
        return ordinal;
    }

    /** Counts, per entry sharing a bucket with these band keys, the buckets it shares (into {@code out}). */
    void candidates(int[] bandKeys, IntIntHashMap out) {
        checkKeys(bandKeys);
        for (int b = 0; b < bands; b++) {
            IntIntHashMap map = newest[b];
            int slot = map.indexOf(bandKeys[b]);
            if (!map.indexExists(slot)) {
                continue;
            }
            int e = map.indexGet(slot);
            for (int scanned = 0; e >= 0 && scanned < maxScan; scanned++) {
                out.addTo(e, 1);
                e = previous[e * bands + b];
            }
        }
    }

    private void checkKeys(int[] bandKeys) {
        if (bandKeys.length != bands) {
            throw new IllegalArgumentException("expected " + bands + " band keys, got " + bandKeys.length);
        }
    }
}
