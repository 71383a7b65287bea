package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.text.Terms;

/**
 * An event's key entities: the runs of capitalised words ("Andrés Manuel López Obrador", "Border Patrol") that
 * most of its articles mention, weighted by how rare their rarest word is in the whole collection, so that
 * "Lohan" beats "Police".
 */
public final class KeyNames {
    private final Vocabulary vocabulary;
    private final Terms terms;
    /** Rarity per surface word: names repeat across an event's articles, and analysing a word is not free. */
    private final Map<String, Double> wordIdf = new HashMap<>();

    /** Rarity comes from the state's document frequencies of the name (or of its analysed word). */
    public KeyNames(ClusterState state, Terms terms) {
        this.vocabulary = state.vocabulary();
        this.terms = terms;
    }

    /** At most {@code k} names, best first (ties by name). */
    public List<String> of(List<Article> members, int k) {
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Double> rarity = new HashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Article a : members) {
            Set<String> seen = new HashSet<>();
            for (Run r : runs(a.title() == null ? a.body() : a.title() + ".\n" + a.body())) {
                display.putIfAbsent(r.key, r.surface);
                rarity.merge(r.key, r.idf, Math::max);
                if (seen.add(r.key)) {
                    articles.merge(r.key, 1, Integer::sum);
                }
            }
        }
        List<String> keys = new ArrayList<>(articles.keySet());
        keys.sort(Comparator.comparingDouble((String key) -> -articles.get(key) * rarity.get(key))
                .thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (out.size() == k) {
                break;
            }
            out.add(display.get(key));
        }
        return out;
    }

    private record Run(String key, String surface, double idf) {}

    private List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        double[] idf = {0};
        Names.forEach(text, (term, word, runStart) -> {
            if (runStart && !key.isEmpty()) {
                out.add(new Run(key.toString(), surface.toString(), idf[0]));
                key.setLength(0);
                surface.setLength(0);
                idf[0] = 0;
            }
            if (!key.isEmpty()) {
                key.append(' ');
                surface.append(' ');
            }
            key.append(term, 1, term.length());
            surface.append(word);
            idf[0] = Math.max(idf[0], idf(term, word));
        });
        if (!key.isEmpty()) {
            out.add(new Run(key.toString(), surface.toString(), idf[0]));
        }
        return out;
    }

    private double idf(String term, String word) {
        return wordIdf.computeIfAbsent(word, w -> computeIdf(term, w));
    }

    private double computeIdf(String term, String word) {
        Integer id = vocabulary.existingId(term);
        if (id != null) {
            return vocabulary.idf(id);
        }
        double best = 0;
        for (String t : terms.of(word)) {
            Integer w = vocabulary.existingId(t);
            best = Math.max(best, w == null ? Math.log(vocabulary.documents() + 1.0) + 1.0 : vocabulary.idf(w));
        }
        return best;
    }
}
