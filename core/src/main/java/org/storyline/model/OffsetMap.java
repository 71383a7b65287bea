package org.storyline.model;

import java.util.Arrays;

/**
 * Maps character offsets of a cleaned text back to the original text it was cut from. The cleaned text is a
 * concatenation of pieces of the original (plus inserted separators); each piece is a segment
 * {@code (cleanStart, originalStart, length)}. Offsets inside inserted characters map to the original offset
 * at the end of the preceding segment. Immutable.
 */
public final class OffsetMap {
    private final int[] cleanStarts;
    private final int[] originalStarts;
    private final int[] lengths;

    private OffsetMap(int[] cleanStarts, int[] originalStarts, int[] lengths) {
        this.cleanStarts = cleanStarts;
        this.originalStarts = originalStarts;
        this.lengths = lengths;
    }

    /** The identity map for a text that was not changed. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length});
    }

    /** Builds a map; segments must be added in increasing clean order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The original offset of the character at {@code cleanOffset} (or the end, for {@code cleanOffset == length}). */
    public int toOriginal(int cleanOffset) {
        if (cleanOffset < 0) {
            throw new IllegalArgumentException("negative offset " + cleanOffset);
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return 0;
        }
        int into = cleanOffset - cleanStarts[i];
        return originalStarts[i] + Math.min(into, lengths[i]);
    }

    /**
     * The cleaned offset of the original character at {@code originalOffset}, or -1 when that character was cut
     * out (boilerplate) or is past the end (map an exclusive end {@code e} as {@code toClean(e - 1) + 1}).
     */
    public int toClean(int originalOffset) {
        if (originalOffset < 0) {
            throw new IllegalArgumentException("negative offset " + originalOffset);
        }
        for (int i = 0; i < cleanStarts.length; i++) {
            int into = originalOffset - originalStarts[i];
            if (into >= 0 && into < lengths[i]) {
                return cleanStarts[i] + into;
            }
        }
        return -1;
    }

    public int segmentCount() {
        return cleanStarts.length;
    }

    /** Segments as {@code [cleanStart, originalStart, length]} triples, for serialization. */
    public int[][] segments() {
        int[][] out = new int[cleanStarts.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[] {cleanStarts[i], originalStarts[i], lengths[i]};
        }
        return out;
    }

    public static OffsetMap fromSegments(int[][] segments) {
        Builder b = builder();
        for (int[] s : segments) {
            b.add(s[0], s[1], s[2]);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m
                && Arrays.equals(cleanStarts, m.cleanStarts)
                && Arrays.equals(originalStarts, m.originalStarts)
                && Arrays.equals(lengths, m.lengths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(originalStarts)) + Arrays.hashCode(lengths);
    }

    @Override
    public String toString() {
        return "OffsetMap" + Arrays.deepToString(segments());
    }

    /** Accumulates segments; validates eagerly. */
    public static final class Builder {
        private int[] cs = new int[8];
        private int[] os = new int[8];
        private int[] ls = new int[8];
        private int n;

        private Builder() {}

        public Builder add(int cleanStart, int originalStart, int length) {
            if (cleanStart < 0 || originalStart < 0 || length < 0) {
                throw new IllegalArgumentException(
                        "segment values must be >= 0: " + cleanStart + ", " + originalStart + ", " + length);
            }
            if (n > 0 && cleanStart < cs[n - 1] + ls[n - 1]) {
                throw new IllegalArgumentException("segment at clean offset " + cleanStart
                        + " overlaps the previous one ending at " + (cs[n - 1] + ls[n - 1]));
            }
            if (n == cs.length) {
                cs = Arrays.copyOf(cs, n * 2);
                os = Arrays.copyOf(os, n * 2);
                ls = Arrays.copyOf(ls, n * 2);
            }
            cs[n] = cleanStart;
            os[n] = originalStart;
            ls[n] = length;
            n++;
            return this;
        }

        public OffsetMap build() {
            if (n == 0) {
                return identity(0);
            }
            return new OffsetMap(Arrays.copyOf(cs, n), Arrays.copyOf(os, n), Arrays.copyOf(ls, n));
        }
    }
}
