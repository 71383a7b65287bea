package org.storyline.dedupe;

import java.util.Arrays;

/**
 * The distinct shingle hashes of a normalized text (lower-case words separated by one space, as made by
 * {@link ContentHashStage#normalize}): one 32-bit hash per run of {@code words} consecutive words, sorted
 * ascending, duplicates removed. A text with fewer words is one shingle; an empty text has none. Word order
 * inside a shingle matters. Stateless and thread-safe.
 */
final class WordShingles {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Odd multipliers that make a shingle's hash depend on the position of each word in it. */
    private static final long[] POSITION = new long[16];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < POSITION.length; i++) {
            x = mix64(x + 0x9E3779B97F4A7C15L);
            POSITION[i] = x | 1;
        }
    }

    private final int words;

    WordShingles(int words) {
        if (words < 1 || words > POSITION.length) {
            throw new IllegalArgumentException("words per shingle must be in [1, " + POSITION.length + "], got " + words);
        }
        this.words = words;
    }

    /** Sorted distinct shingle hashes of {@code normalized}. */
    int[] of(String normalized) {
        long[] wordHashes = new long[Math.max(4, normalized.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0, len = normalized.length(); i < len; i++) {
            char c = normalized.charAt(i);
            if (c == ' ') {
                if (inWord) {
                    if (n == wordHashes.length) {
                        wordHashes = Arrays.copyOf(wordHashes, n * 2);
                    }
                    wordHashes[n++] = h;
                    h = FNV_OFFSET;
                    inWord = false;
                }
            } else {
                h = (h ^ c) * FNV_PRIME;
                inWord = true;
            }
        }
        if (inWord) {
            if (n == wordHashes.length) {
                wordHashes = Arrays.copyOf(wordHashes, n + 1);
            }
            wordHashes[n++] = h;
        }
        if (n == 0) {
            return new int[0];
        }
        int k = Math.min(words, n);
        int count = n - k + 1;
        int[] out = new int[count];
        for (int s = 0; s < count; s++) {
            long acc = 0;
            for (int j = 0; j < k; j++) {
                acc += wordHashes[s + j] * POSITION[j];
            }
            out[s] = (int) mix64(acc);
        }
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < count; i++) {
            if (m == 0 || out[i] != out[m - 1]) {
                out[m++] = out[i];
            }
        }
        return m == count ? out : Arrays.copyOf(out, m);
    }

    /** The MurmurHash3 64-bit finalizer: every input bit affects every output bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
