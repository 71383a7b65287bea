package org.storyline.dedupe;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures and LSH band keys of shingle sets.
 *
 * <p>Hash function {@code i} is {@code x ↦ a[i]·x + b[i]} on 32-bit integers ({@code a[i]} odd, both drawn from a
 * {@link SplittableRandom} with the settings' seed): a bijection of the 32-bit space, applied to shingle hashes
 * that are already fully mixed (MurmurHash3 finalizer), so each function orders the shingles like an independent
 * random permutation. The per-shingle loop over all functions is a multiply, an add and a min on int arrays,
 * which the JIT compiles to SIMD instructions: this is why it is done here rather than with Lucene's
 * {@code MinHashFilter}, which hashes every shingle with 128-bit Murmur3 through a token stream (issue #5
 * measured a plain Lucene MinHash + LSH harness at about 10,000 articles/s on the project machine, half the
 * target). Estimation accuracy against exact Jaccard is tested in {@code MinHasherTest}.
 */
final class MinHasher {
    private final int bands;
    private final int rows;
    private final int[] a;
    private final int[] b;

    MinHasher(NearDuplicateSettings settings) {
        this.bands = settings.bands();
        this.rows = settings.rows();
        int n = settings.hashes();
        this.a = new int[n];
        this.b = new int[n];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt() | 1;
            b[i] = random.nextInt();
        }
    }

    /** The signature of a non-empty shingle set: per hash function, the minimum over the shingles. */
    int[] signature(int[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("an empty shingle set has no MinHash signature");
        }
        int n = a.length;
        int[] sig = new int[n];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int x : shingles) {
            for (int i = 0; i < n; i++) {
                sig[i] = Math.min(sig[i], a[i] * x + b[i]);
            }
        }
        return sig;
    }

    /** One key per band: a hash of the band's {@code rows} signature values. */
    int[] bandKeys(int[] signature) {
        if (signature.length != a.length) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, expected " + a.length);
        }
        int[] keys = new int[bands];
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int r = 0; r < rows; r++) {
                h = (h ^ signature[band * rows + r]) * 0x100000001b3L + 0x9E3779B97F4A7C15L;
            }
            keys[band] = (int) WordShingles.mix64(h);
        }
        return keys;
    }

    /** Fraction of equal values: the MinHash estimate of Jaccard similarity. */
    static double estimate(int[] s1, int[] s2) {
        if (s1.length != s2.length) {
            throw new IllegalArgumentException("signatures differ in length: " + s1.length + " vs " + s2.length);
        }
        int eq = 0;
        for (int i = 0; i < s1.length; i++) {
            if (s1[i] == s2[i]) {
                eq++;
            }
        }
        return (double) eq / s1.length;
    }
}
