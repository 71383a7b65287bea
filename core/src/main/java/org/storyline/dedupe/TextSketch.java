package org.storyline.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What near-duplicate detection keeps of an article: the number of distinct shingles, the LSH band keys and the
 * bottom-k sketch (the smallest shingle hashes, ascending; all of them when there are at most k). Made by
 * {@link Sketcher}; compared with {@link #similarity}. Serializable to bytes, tagged with the settings' sketch
 * format so that sketches made under other settings are refused. The arrays are shared, not copied: never
 * modify them.
 *
 * @param format        {@link NearDuplicateSettings#sketchFormat()} of the settings that made it
 * @param shingleCount  distinct shingles of the text (0 for a text without words)
 * @param bandKeys      one key per LSH band (empty when the text has no shingles)
 * @param bottom        the smallest {@code min(k, shingleCount)} shingle hashes, strictly ascending
 */
public record TextSketch(int format, int shingleCount, int[] bandKeys, int[] bottom) {
    private static final byte VERSION = 1;

    public TextSketch {
        if (shingleCount < 0) {
            throw new IllegalArgumentException("shingleCount must be >= 0, got " + shingleCount);
        }
        if (bottom.length > shingleCount) {
            throw new IllegalArgumentException("bottom-k sketch has " + bottom.length + " hashes but the text only "
                    + shingleCount + " shingles");
        }
        if ((shingleCount == 0) != (bandKeys.length == 0) || (shingleCount > 0 && bottom.length == 0)) {
            throw new IllegalArgumentException("a sketch has band keys and hashes exactly when it has shingles");
        }
        for (int i = 1; i < bottom.length; i++) {
            if (bottom[i] <= bottom[i - 1]) {
                throw new IllegalArgumentException("bottom-k hashes must be strictly ascending (at " + i + ")");
            }
        }
    }

    /** True for a text with no words: it is never a near copy of anything. */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    /** True when {@link #bottom} holds every shingle, so that similarities with it can be exact. */
    public boolean complete() {
        return bottom.length == shingleCount;
    }

    /** Jaccard similarity and containment of two texts' shingle sets. */
    public record Similarity(double jaccard, double containment) {}

    /**
     * The Jaccard similarity of the two shingle sets, exact when both sketches are {@linkplain #complete()
     * complete}, else the bottom-k estimate: among the k smallest hashes of the union, the fraction present in
     * both. Containment (shared shingles over the smaller set) follows from it and the set sizes.
     */
    public Similarity similarity(TextSketch other) {
        if (other.format != format) {
            throw new IllegalArgumentException("sketches of different settings cannot be compared (format "
                    + format + " vs " + other.format + ")");
        }
        if (isEmpty() || other.isEmpty()) {
            return new Similarity(0, 0);
        }
        int[] x = bottom;
        int[] y = other.bottom;
        int limit = complete() && other.complete() ? Integer.MAX_VALUE
                : Math.max(complete() ? 0 : x.length, other.complete() ? 0 : y.length);
        int i = 0;
        int j = 0;
        int union = 0;
        int both = 0;
        while (union < limit && (i < x.length || j < y.length)) {
            if (j == y.length || (i < x.length && x[i] < y[j])) {
                i++;
            } else if (i == x.length || y[j] < x[i]) {
                j++;
            } else {
                i++;
                j++;
                both++;
            }
            union++;
        }
        double jaccard = (double) both / union;
        double shared = jaccard * (shingleCount + other.shingleCount) / (1 + jaccard);
        double containment = Math.min(1, shared / Math.min(shingleCount, other.shingleCount));
        return new Similarity(jaccard, containment);
    }

    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate(1 + 4 * 4 + 4 * (bandKeys.length + bottom.length));
        buf.put(VERSION).putInt(format).putInt(shingleCount).putInt(bandKeys.length).putInt(bottom.length);
        for (int k : bandKeys) {
            buf.putInt(k);
        }
        for (int h : bottom) {
            buf.putInt(h);
        }
        return buf.array();
    }

    /** Reads {@link #toBytes()} back; fails on anything else, and on sketches of other settings. */
    public static TextSketch fromBytes(byte[] bytes, NearDuplicateSettings expected) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            byte version = buf.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown sketch version " + version + " (expected " + VERSION + ")");
            }
            int format = buf.getInt();
            if (format != expected.sketchFormat()) {
                throw new IllegalArgumentException("sketch was made with other near-duplicate settings (format "
                        + format + ", expected " + expected.sketchFormat() + ")");
            }
            int count = buf.getInt();
            int nKeys = buf.getInt();
            int nBottom = buf.getInt();
            if (nKeys < 0 || nBottom < 0 || 4L * (nKeys + nBottom) != buf.remaining()) {
                throw new IllegalArgumentException("corrupt sketch: " + nKeys + " keys and " + nBottom
                        + " hashes announced, " + buf.remaining() + " bytes left");
            }
            int[] keys = new int[nKeys];
            for (int i = 0; i < nKeys; i++) {
                keys[i] = buf.getInt();
            }
            int[] bottom = new int[nBottom];
            for (int i = 0; i < nBottom; i++) {
                bottom[i] = buf.getInt();
            }
            if (nKeys != 0 && nKeys != expected.bands()) {
                throw new IllegalArgumentException("corrupt sketch: " + nKeys + " band keys, expected " + expected.bands());
            }
            return new TextSketch(format, count, keys, bottom);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("corrupt sketch: truncated at " + bytes.length + " bytes", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSketch s && s.format == format && s.shingleCount == shingleCount
                && Arrays.equals(s.bandKeys, bandKeys) && Arrays.equals(s.bottom, bottom);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * format + shingleCount) + Arrays.hashCode(bandKeys)) + Arrays.hashCode(bottom);
    }

    @Override
    public String toString() {
        return "TextSketch[" + shingleCount + " shingles, " + bottom.length + " kept]";
    }
}
