package org.storyline.summarize;

import java.util.List;
import org.storyline.compare.LexicalSpace;
import org.storyline.compare.TermVector;

/**
 * How central a candidate sentence is to its group (an event's families, a day's sentences): the idf-cosine to
 * the group's centroid, mixed with its degree centrality (the share of the other candidates it is similar to,
 * LexRank's graph without the random walk) by {@code centralityWeight}, times a length prior
 * {@code min(1, words / lengthTarget)} (0: none) that keeps a short sentence of a few central words from beating
 * a full sentence that reports the fact. Centrality is computed over at most {@link #MAX_GRAPH} candidates (the
 * first ones; the others get the mean degree): quadratic, so bounded.
 */
public final class SentenceScorer {
    public static final int MAX_GRAPH = 300;
    /** The cosine at which two sentences are neighbours in the degree graph (LexRank's usual threshold). */
    public static final double EDGE = 0.1;

    private final double centralityWeight;
    private final int lengthTarget;

    public SentenceScorer(double centralityWeight, int lengthTarget) {
        if (centralityWeight < 0 || centralityWeight > 1) {
            throw new IllegalArgumentException("centralityWeight must be in [0, 1]: " + centralityWeight);
        }
        if (lengthTarget < 0) {
            throw new IllegalArgumentException("lengthTarget must be >= 0: " + lengthTarget);
        }
        this.centralityWeight = centralityWeight;
        this.lengthTarget = lengthTarget;
    }

    /** Centroid only, no length prior (the scoring before the prior and centrality were added). */
    public static SentenceScorer centroidOnly() {
        return new SentenceScorer(0, 0);
    }

    /** The candidates' scores, in their order; {@code centroid} is the group's (one vote per family). */
    public double[] scores(List<Candidate> candidates, TermVector centroid) {
        int n = candidates.size();
        double[] out = new double[n];
        double[] degree = centralityWeight > 0 ? degrees(candidates) : new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double s = (1 - centralityWeight) * c.vector().cosine(centroid) + centralityWeight * degree[i];
            out[i] = s * lengthPrior(c.words());
        }
        return out;
    }

    /** The scores with the candidates' own centroid. */
    public double[] scores(List<Candidate> candidates) {
        return scores(candidates, LexicalSpace.centroid(candidates.stream().map(Candidate::vector).toList()));
    }

    double lengthPrior(int words) {
        return lengthTarget == 0 ? 1 : Math.min(1.0, words / (double) lengthTarget);
    }

    /** Degree over the graph of the first {@link #MAX_GRAPH} candidates, normalized by the largest (in [0, 1]). */
    private static double[] degrees(List<Candidate> candidates) {
        int n = candidates.size();
        int g = Math.min(n, MAX_GRAPH);
        double[] d = new double[n];
        for (int i = 0; i < g; i++) {
            TermVector vi = candidates.get(i).vector();
            for (int j = i + 1; j < g; j++) {
                if (vi.cosine(candidates.get(j).vector()) >= EDGE) {
                    d[i]++;
                    d[j]++;
                }
            }
        }
        double max = 0;
        double sum = 0;
        for (int i = 0; i < g; i++) {
            max = Math.max(max, d[i]);
            sum += d[i];
        }
        double mean = g == 0 ? 0 : sum / g;
        for (int i = g; i < n; i++) {
            d[i] = mean;
        }
        if (max > 0) {
            for (int i = 0; i < n; i++) {
                d[i] /= max;
            }
        }
        return d;
    }
}
