package org.storyline.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.storyline.compare.TermVector;

/**
 * Picks sentences by maximal marginal relevance: repeatedly the candidate with the best
 * {@code λ·score − (1−λ)·max similarity to the selected}, skipping sentences too similar to one already chosen
 * ({@code redundancy}), and taking at most one sentence per family while unused families remain (a family gets a
 * second sentence only when there are fewer families than sentences, and never one saying the same thing).
 * Deterministic: ties go to the earlier candidate.
 */
public final class SentenceSelector {
    private final double lambda;
    private final double redundancy;

    public SentenceSelector(double lambda, double redundancy) {
        if (lambda < 0 || lambda > 1 || redundancy <= 0 || redundancy > 1) {
            throw new IllegalArgumentException("lambda in [0, 1], redundancy in (0, 1]");
        }
        this.lambda = lambda;
        this.redundancy = redundancy;
    }

    public static SentenceSelector defaults() {
        return new SentenceSelector(0.7, 0.5);
    }

    /** The selected candidates in selection order (best first). */
    public List<Candidate> select(List<Candidate> candidates, ToDoubleFunction<Candidate> score,
            SummaryLength length) {
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score.applyAsDouble(candidates.get(i));
        }
        return select(candidates, scores, length);
    }

    /** The selected candidates in selection order, {@code scores[i]} being the score of candidate i. */
    public List<Candidate> select(List<Candidate> candidates, double[] scores, SummaryLength length) {
        if (scores.length != candidates.size()) {
            throw new IllegalArgumentException(scores.length + " scores for " + candidates.size() + " candidates");
        }
        long families = candidates.stream().map(Candidate::family).distinct().count();
        int perFamily = families == 0 ? 1 : (int) Math.max(1, -Math.floorDiv(-length.sentences(), families));
        List<Candidate> chosen = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        boolean[] taken = new boolean[candidates.size()];
        int words = 0;
        while (chosen.size() < length.sentences()) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (taken[i] || used.getOrDefault(c.family(), 0) >= perFamily) {
                    continue;
                }
                if (length.words() > 0 && !chosen.isEmpty() && words + c.words() > length.words()) {
                    continue;
                }
                double maxSim = 0;
                for (Candidate s : chosen) {
                    maxSim = Math.max(maxSim, similarity(c.vector(), s.vector()));
                }
                if (maxSim >= redundancy) {
                    continue;
                }
                double value = lambda * scores[i] - (1 - lambda) * maxSim;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            Candidate c = candidates.get(best);
            chosen.add(c);
            used.merge(c.family(), 1, Integer::sum);
            words += c.words();
        }
        return chosen;
    }

    private static double similarity(TermVector a, TermVector b) {
        return a.cosine(b);
    }
}
