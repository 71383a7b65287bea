package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores from the contingency table, in O(n): BCubed (item-averaged precision and recall), pairwise
 * precision/recall/F1 over same-cluster pairs, NMI with arithmetic-mean normalization (= V-measure) and the
 * adjusted Rand index. Conventions follow the dataset READMEs and scikit-learn: pairwise precision is 1 when no
 * pair is predicted, recall 1 when gold has no pair; NMI and ARI are 1 for identical degenerate partitions.
 */
public final class ClusterMetrics {
    private ClusterMetrics() {}

    public static ClusterScores score(Map<String, String> gold, Map<String, String> predicted) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Map<String, Integer> goldIds = new HashMap<>();
        Map<String, Integer> predIds = new HashMap<>();
        Map<Long, Long> cells = new HashMap<>();
        long n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                missing.add(e.getKey());
                continue;
            }
            int g = goldIds.computeIfAbsent(e.getValue(), k -> goldIds.size());
            int q = predIds.computeIfAbsent(p, k -> predIds.size());
            cells.merge(((long) g << 32) | q, 1L, Long::sum);
            n++;
        }
        for (String id : predicted.keySet()) {
            if (!gold.containsKey(id)) {
                extra.add(id);
            }
        }
        missing.sort(null);
        extra.sort(null);
        long[] goldSize = new long[goldIds.size()];
        long[] predSize = new long[predIds.size()];
        for (Map.Entry<Long, Long> c : cells.entrySet()) {
            goldSize[(int) (c.getKey() >>> 32)] += c.getValue();
            predSize[(int) (c.getKey() & 0xffffffffL)] += c.getValue();
        }
        if (n == 0) {
            return new ClusterScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, missing, extra);
        }
        double bp = 0;
        double br = 0;
        double mi = 0;
        double pairsBoth = 0;
        for (Map.Entry<Long, Long> c : cells.entrySet()) {
            double count = c.getValue();
            long gs = goldSize[(int) (c.getKey() >>> 32)];
            long ps = predSize[(int) (c.getKey() & 0xffffffffL)];
            bp += count * count / ps;
            br += count * count / gs;
            mi += count / n * Math.log(count * n / ((double) gs * ps));
            pairsBoth += pairs(count);
        }
        bp /= n;
        br /= n;
        double pairsGold = 0;
        double hGold = 0;
        for (long s : goldSize) {
            pairsGold += pairs(s);
            hGold -= (double) s / n * Math.log((double) s / n);
        }
        double pairsPred = 0;
        double hPred = 0;
        for (long s : predSize) {
            pairsPred += pairs(s);
            hPred -= (double) s / n * Math.log((double) s / n);
        }
        double pp = pairsPred == 0 ? 1 : pairsBoth / pairsPred;
        double pr = pairsGold == 0 ? 1 : pairsBoth / pairsGold;
        double nmi = hGold + hPred == 0 ? 1 : Math.max(0, 2 * mi / (hGold + hPred));
        double total = pairs(n);
        double expected = total == 0 ? 0 : pairsGold * pairsPred / total;
        double max = (pairsGold + pairsPred) / 2;
        double ari = max == expected ? 1 : (pairsBoth - expected) / (max - expected);
        return new ClusterScores((int) n, goldSize.length, predSize.length, bp, br, f1(bp, br), pp, pr, f1(pp, pr),
                nmi, ari, missing, extra);
    }

    private static double pairs(double k) {
        return k * (k - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
