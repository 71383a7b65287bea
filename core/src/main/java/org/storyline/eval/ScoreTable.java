package org.storyline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formats scores of several systems on one gold set as an aligned plain-text table. */
public final class ScoreTable {
    private final List<Map.Entry<String, ClusterScores>> rows = new ArrayList<>();

    public ScoreTable add(String system, ClusterScores scores) {
        rows.add(Map.entry(system, scores));
        return this;
    }

    /** Scores of putting every gold id in a cluster of its own: the trivial baseline. */
    public static ClusterScores singletonBaseline(Map<String, String> gold) {
        Map<String, String> singletons = new LinkedHashMap<>();
        gold.keySet().forEach(id -> singletons.put(id, id));
        return ClusterMetrics.score(gold, singletons);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        String head = "%-18s %7s %11s %7s %7s %7s %7s %7s %7s %7s %7s%n";
        String row = "%-18s %7d %11s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f%n";
        sb.append(String.format(head, "system", "items", "clusters", "B3 P", "B3 R", "B3 F1", "pair P", "pair R",
                "pair F1", "NMI", "ARI"));
        for (Map.Entry<String, ClusterScores> r : rows) {
            ClusterScores s = r.getValue();
            sb.append(String.format(row, r.getKey(), s.items(), s.predictedClusters() + "/" + s.goldClusters(),
                    s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(), s.pairwiseRecall(),
                    s.pairwiseF1(), s.nmi(), s.ari()));
        }
        for (Map.Entry<String, ClusterScores> r : rows) {
            ClusterScores s = r.getValue();
            if (!s.missing().isEmpty()) {
                sb.append(String.format("%s: %d gold ids not predicted (e.g. %s)%n", r.getKey(), s.missing().size(),
                        String.join(", ", s.missing().subList(0, Math.min(5, s.missing().size())))));
            }
            if (!s.extra().isEmpty()) {
                sb.append(String.format("%s: %d predicted ids not in gold (e.g. %s)%n", r.getKey(), s.extra().size(),
                        String.join(", ", s.extra().subList(0, Math.min(5, s.extra().size())))));
            }
        }
        return sb.toString();
    }
}
