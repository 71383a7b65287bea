package org.storyline.provenance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storyline.text.Terms;

/**
 * The pairs worth a sentence alignment, without comparing all pairs: texts are TF-IDF vectors over their stemmed
 * terms; an inverted index over the rarer terms (document frequency at most {@code max(50, n/10)}) accumulates the
 * dot products of the texts that share them; each text keeps its {@link RewriteSettings#candidatesPerArticle()}
 * most similar partners with a cosine of at least {@link RewriteSettings#minLexical()}, dated within
 * {@link RewriteSettings#windowDays()} of it. Only pairs with at least one new text are returned (older pairs were
 * compared by earlier runs). Cost: linear in the postings of the rare terms.
 */
public final class RewriteCandidates {
    /**
     * A text to pair, dated in {@code [from, to]} (a day, or a month or year for vague dates); both null when
     * undated (undated texts pair with everything); texts of different {@code group}s (e.g. events) are never
     * paired, a null group pairs with every group.
     */
    public record Doc(String id, String text, LocalDate from, LocalDate to, boolean isNew, String group) {
        /** A text in no group. */
        public Doc(String id, String text, LocalDate from, LocalDate to, boolean isNew) {
            this(id, text, from, to, isNew, null);
        }
    }

    /** A candidate pair, {@code a < b} as indices into the input. */
    public record Pair(int a, int b, double lexical) {}

    private final RewriteSettings settings;
    private final Terms terms;

    public RewriteCandidates(RewriteSettings settings, Terms terms) {
        this.settings = settings;
        this.terms = terms;
    }

    public List<Pair> pairs(List<Doc> docs) {
        int n = docs.size();
        List<Map<String, Double>> tf = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs) {
            Map<String, Double> counts = new HashMap<>();
            for (String t : terms.of(d.text())) {
                counts.merge(t, 1.0, Double::sum);
            }
            counts.replaceAll((k, v) -> 1 + Math.log(v));
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            tf.add(counts);
        }
        int maxDf = Math.max(50, n / 10);
        Map<String, List<int[]>> postings = new HashMap<>();
        List<Map<String, Double>> weights = new ArrayList<>(n);
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> w = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.get(i).entrySet()) {
                double v = e.getValue() * Math.log(1.0 + (double) n / df.get(e.getKey()));
                w.put(e.getKey(), v);
                norm += v * v;
            }
            norms[i] = Math.sqrt(norm);
            weights.add(w);
            for (String t : new TreeSet<>(w.keySet())) {
                if (df.get(t) > 1 && df.get(t) <= maxDf) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {i});
                }
            }
        }
        Map<Long, Pair> kept = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (norms[i] == 0) {
                continue;
            }
            Map<Integer, Double> dots = new HashMap<>();
            for (Map.Entry<String, Double> e : weights.get(i).entrySet()) {
                List<int[]> list = postings.get(e.getKey());
                if (list == null) {
                    continue;
                }
                for (int[] p : list) {
                    int j = p[0];
                    if (j != i && (docs.get(i).isNew() || docs.get(j).isNew()) && sameGroup(docs.get(i), docs.get(j))) {
                        dots.merge(j, e.getValue() * weights.get(j).get(e.getKey()), Double::sum);
                    }
                }
            }
            List<Pair> mine = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : dots.entrySet()) {
                int j = e.getKey();
                double cos = e.getValue() / (norms[i] * norms[j]);
                if (cos >= settings.minLexical() && withinWindow(docs.get(i), docs.get(j))) {
                    mine.add(new Pair(Math.min(i, j), Math.max(i, j), cos));
                }
            }
            mine.sort(Comparator.comparingDouble(Pair::lexical).reversed().thenComparingInt(Pair::a)
                    .thenComparingInt(Pair::b));
            for (Pair p : mine.subList(0, Math.min(mine.size(), settings.candidatesPerArticle()))) {
                kept.putIfAbsent(((long) p.a() << 32) | p.b(), p);
            }
        }
        List<Pair> out = new ArrayList<>(kept.values());
        out.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        return out;
    }

    private static boolean sameGroup(Doc a, Doc b) {
        return a.group() == null || b.group() == null || a.group().equals(b.group());
    }

    private boolean withinWindow(Doc a, Doc b) {
        if (a.from() == null || b.from() == null) {
            return true;
        }
        long gap = Math.max(ChronoUnit.DAYS.between(a.to(), b.from()), ChronoUnit.DAYS.between(b.to(), a.from()));
        return gap <= settings.windowDays();
    }
}
