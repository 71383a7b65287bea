package org.storyline.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.text.Terms;

/**
 * Joins families whose texts are rewrites of one another: sentences of the shorter representative matched to
 * sentences of the longer one (idf cosine at least {@link #SENTENCE_SIMILARITY}) with the matches in the same
 * order (longest increasing run) covering at least {@code coverage} of the shorter's sentences. Independent
 * reports share a few facts; a rewrite follows its source sentence by sentence. Only the {@code maxFamilies}
 * largest families are compared (pairwise), the others stay as they are.
 */
public final class RewriteDetector implements Families {
    static final double COVERAGE = 0.5;
    static final double SENTENCE_SIMILARITY = 0.3;
    static final int MAX_FAMILIES = 60;
    private static final int MAX_SENTENCES = 40;

    private final Families base;
    private final Terms terms;
    private final double coverage;
    private final int maxFamilies;

    public RewriteDetector(Families base, Terms terms, double coverage, int maxFamilies) {
        this.base = base;
        this.terms = terms;
        this.coverage = coverage;
        this.maxFamilies = maxFamilies;
    }

    @Override
    public Map<String, List<Article>> group(List<Article> articles) {
        Map<String, List<Article>> families = base.group(articles);
        List<String> ids = new ArrayList<>(families.keySet());
        ids.sort(Comparator.comparingInt((String id) -> -families.get(id).size()).thenComparing(id -> id));
        if (ids.size() < 2) {
            return families;
        }
        ids = new ArrayList<>(ids.subList(0, Math.min(maxFamilies, ids.size())));
        ids.sort(Comparator.naturalOrder());
        List<List<List<String>>> sentenceTerms = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        for (String id : ids) {
            Article rep = representative(id, families.get(id));
            List<List<String>> st = new ArrayList<>();
            for (ArticleSentence s : EventMaterial.sentences(rep, MAX_SENTENCES)) {
                List<String> t = terms.of(s.text());
                st.add(t);
                all.add(t);
            }
            sentenceTerms.add(st);
        }
        LexicalSpace space = LexicalSpace.of(all);
        List<List<TermVector>> vectors = sentenceTerms.stream()
                .map(st -> st.stream().map(space::vector).toList()).toList();
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (rewrites(vectors.get(i), vectors.get(j))) {
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    parent[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
        }
        Map<String, List<Article>> out = new TreeMap<>(families);
        for (int i = 0; i < ids.size(); i++) {
            int r = find(parent, i);
            if (r != i) {
                out.get(ids.get(r)).addAll(out.remove(ids.get(i)));
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static Article representative(String id, List<Article> members) {
        return members.stream().filter(a -> a.id().equals(id)).findFirst().orElse(members.get(0));
    }

    /** True when the shorter text's sentences are matched, in order, for at least {@code coverage} of them. */
    boolean rewrites(List<TermVector> a, List<TermVector> b) {
        List<TermVector> shorter = a.size() <= b.size() ? a : b;
        List<TermVector> longer = a.size() <= b.size() ? b : a;
        if (shorter.size() < 2) {
            return false;
        }
        List<Integer> matches = new ArrayList<>();
        for (TermVector s : shorter) {
            int best = -1;
            double bestSim = SENTENCE_SIMILARITY;
            for (int k = 0; k < longer.size(); k++) {
                double sim = s.cosine(longer.get(k));
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = k;
                }
            }
            if (best >= 0) {
                matches.add(best);
            }
        }
        return longestIncreasing(matches) >= coverage * shorter.size();
    }

    private static int longestIncreasing(List<Integer> xs) {
        List<Integer> tails = new ArrayList<>();
        for (int x : xs) {
            int lo = 0;
            int hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails.get(mid) < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == tails.size()) {
                tails.add(x);
            } else {
                tails.set(lo, x);
            }
        }
        return tails.size();
    }
}
