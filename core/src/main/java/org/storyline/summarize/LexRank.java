package org.storyline.summarize;

import java.util.List;
import org.storyline.compare.TermVector;

/**
 * LexRank (Erkan and Radev, 2004), the thresholded variant: sentences are nodes, an edge joins two sentences
 * whose cosine is at least {@code threshold}, and the score is the stationary distribution of the random walk
 * with damping {@code d} (power iteration). Quadratic in the number of sentences: callers cap it.
 */
public final class LexRank {
    private final double threshold;
    private final double damping;

    public LexRank(double threshold, double damping) {
        this.threshold = threshold;
        this.damping = damping;
    }

    public static LexRank defaults() {
        return new LexRank(0.1, 0.85);
    }

    public double[] scores(List<TermVector> vectors) {
        int n = vectors.size();
        double[] p = new double[n];
        if (n == 0) {
            return p;
        }
        boolean[][] edge = new boolean[n][n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                if (i == j || vectors.get(i).cosine(vectors.get(j)) >= threshold) {
                    edge[i][j] = true;
                    edge[j][i] = true;
                    degree[i]++;
                    if (i != j) {
                        degree[j]++;
                    }
                }
            }
        }
        java.util.Arrays.fill(p, 1.0 / n);
        for (int iter = 0; iter < 100; iter++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (edge[i][j]) {
                        sum += p[j] / degree[j];
                    }
                }
                next[i] = (1 - damping) / n + damping * sum;
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - p[i]);
            }
            p = next;
            if (delta < 1e-6) {
                break;
            }
        }
        return p;
    }
}
