package org.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.RawArticle;
import org.storyline.text.Terms;

/**
 * The baseline of the dataset READMEs: TF-IDF vectors (idf over the whole set), documents in date order, each
 * joins the most similar cluster centroid when the cosine reaches the threshold, else opens a new cluster.
 */
final class TfidfSinglePass {
    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();

    TfidfSinglePass(List<RawArticle> ordered, Terms terms) {
        List<Map<String, Integer>> tfs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (RawArticle a : ordered) {
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms.of((a.title() == null ? "" : a.title() + "\n") + a.text())) {
                tf.merge(t, 1, Integer::sum);
            }
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            tfs.add(tf);
            ids.add(a.id());
        }
        int n = ordered.size();
        for (Map<String, Integer> tf : tfs) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            v.replaceAll((k, w) -> w * inv);
            vectors.add(v);
        }
    }

    /** id → cluster label at the given cosine threshold. */
    Map<String, String> cluster(double threshold) {
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<Double> norms = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> v = vectors.get(i);
            double[] dots = new double[centroids.size()];
            for (Map.Entry<String, Double> e : v.entrySet()) {
                for (int c : postings.getOrDefault(e.getKey(), List.of())) {
                    dots[c] += e.getValue() * centroids.get(c).get(e.getKey());
                }
            }
            int best = -1;
            double bestSim = threshold;
            for (int c = 0; c < dots.length; c++) {
                double sim = norms.get(c) == 0 ? 0 : dots[c] / norms.get(c);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = c;
                }
            }
            if (best < 0) {
                best = centroids.size();
                centroids.add(new HashMap<>());
                norms.add(0.0);
            }
            Map<String, Double> c = centroids.get(best);
            for (Map.Entry<String, Double> e : v.entrySet()) {
                if (!c.containsKey(e.getKey())) {
                    postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(best);
                }
                c.merge(e.getKey(), e.getValue(), Double::sum);
            }
            double norm = 0;
            for (double w : c.values()) {
                norm += w * w;
            }
            norms.set(best, Math.sqrt(norm));
            out.put(ids.get(i), "c" + best);
        }
        return out;
    }
}
