package org.storyline.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.embed.Vectors;
import org.storyline.model.AlignedPassage;
import org.storyline.text.SetOverlap;

/**
 * Aligns the sentences of two prepared texts. Each sentence pair scores its embedding cosine plus a bonus for shared
 * facts; pairs at or above {@link RewriteSettings#matchThreshold()} may be aligned. The alignment is the monotone
 * one-to-one set of such pairs with the largest total margin above the threshold (dynamic programming, as for a
 * weighted longest common subsequence), so sentences told in the same order align and a reordered one does not.
 *
 * <p>The pair similarity is {@code 0.8 · √(coverageA · coverageB) + 0.2 · factOverlap · factOrder} (the facts
 * part falls back to the coverage when either text has no facts): high when both texts are mostly made of aligned
 * sentences that keep the same facts in the same order. It is the graded similarity of the pair (and its evidence);
 * whether the pair is a rewrite is decided by {@link RewriteModel} from the alignment's figures, among them the
 * word overlap of the aligned sentences, which tells a rewrite from an independent report of the same facts.
 */
public final class SentenceAligner {
    /** Added to a sentence pair's cosine per shared fact, at most twice. */
    static final double FACT_BONUS = 0.04;

    private final RewriteSettings settings;

    public SentenceAligner(RewriteSettings settings) {
        this.settings = settings;
    }

    public Alignment align(PreparedText a, PreparedText b) {
        int n = a.size();
        int m = b.size();
        double tau = settings.matchThreshold();
        double[][] score = new double[n][m];
        double[] bestA = new double[n];
        double[] bestB = new double[m];
        java.util.Arrays.fill(bestA, -1);
        java.util.Arrays.fill(bestB, -1);
        for (int i = 0; i < n; i++) {
            Set<String> fa = new HashSet<>(a.facts().get(i));
            for (int j = 0; j < m; j++) {
                double s = Vectors.dot(a.vectors()[i], b.vectors()[j]);
                if (!fa.isEmpty() && s >= tau - 2 * FACT_BONUS) {
                    int shared = 0;
                    for (String f : b.facts().get(j)) {
                        if (fa.contains(f)) {
                            shared++;
                        }
                    }
                    s += FACT_BONUS * Math.min(2, shared);
                }
                score[i][j] = s;
                bestA[i] = Math.max(bestA[i], s);
                bestB[j] = Math.max(bestB[j], s);
            }
        }
        // monotone alignment maximizing the summed margin above the threshold
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.max(d[i - 1][j], d[i][j - 1]);
                double s = score[i - 1][j - 1];
                if (s >= tau) {
                    best = Math.max(best, d[i - 1][j - 1] + (s - tau) + 1e-3);
                }
                d[i][j] = best;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            double s = score[i - 1][j - 1];
            if (s >= tau && d[i][j] == d[i - 1][j - 1] + (s - tau) + 1e-3) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        List<AlignedPassage> passages = new ArrayList<>(pairs.size());
        double wa = 0;
        double wb = 0;
        double cosines = 0;
        double lexical = 0;
        for (int[] p : pairs) {
            double cos = Math.max(0, Math.min(1, Vectors.dot(a.vectors()[p[0]], b.vectors()[p[1]])));
            var sa = a.sentences().get(p[0]);
            var sb = b.sentences().get(p[1]);
            passages.add(new AlignedPassage(p[0], p[1], sa.start(), sa.end(), sb.start(), sb.end(), round(cos)));
            cosines += round(cos);
            lexical += bigramOverlap(sa.text(), sb.text());
            double weight = Math.min(1, score[p[0]][p[1]]);
            wa += a.words()[p[0]] * weight;
            wb += b.words()[p[1]] * weight;
        }
        double coverageA = a.totalWords() == 0 ? 0 : Math.min(1, wa / a.totalWords());
        double coverageB = b.totalWords() == 0 ? 0 : Math.min(1, wb / b.totalWords());
        int matchedA = 0;
        for (double s : bestA) {
            matchedA += s >= tau ? 1 : 0;
        }
        int matchedB = 0;
        for (double s : bestB) {
            matchedB += s >= tau ? 1 : 0;
        }
        int matched = Math.min(matchedA, matchedB);
        double orderAgreement = matched == 0 ? 0 : Math.min(1, (double) pairs.size() / matched);
        double factOverlap = Facts.containment(a.allFacts(), b.allFacts());
        double factOrder = Facts.order(a.allFacts(), b.allFacts());
        double documentCosine = Math.max(0, Math.min(1, Vectors.dot(a.direction(), b.direction())));
        double coverage = Math.sqrt(coverageA * coverageB);
        boolean facts = !a.allFacts().isEmpty() && !b.allFacts().isEmpty();
        double similarity = 0.8 * coverage + 0.2 * (facts ? factOverlap * factOrder : coverage);
        double lexicalOverlap = pairs.isEmpty() ? 0 : lexical / pairs.size();
        double rewriteScore = RewriteModel.score(coverageA, coverageB, lexicalOverlap, factOverlap, factOrder,
                pairs.isEmpty() ? 0 : cosines / pairs.size(), pairs.size());
        return new Alignment(passages, coverageA, coverageB, orderAgreement, factOverlap, factOrder,
                round(documentCosine), round(Math.max(0, Math.min(1, similarity))), round(lexicalOverlap),
                round(rewriteScore));
    }

    /**
     * Shared word bigrams (case, accents and punctuation ignored) over the smaller sentence's bigrams; 0 when either
     * has fewer than two words. A rewrite keeps many of its source's word pairs; an independent report of the same
     * facts few.
     */
    static double bigramOverlap(String a, String b) {
        return SetOverlap.containment(bigrams(a), bigrams(b));
    }

    private static Set<String> bigrams(String text) {
        String norm = ContentHashStage.normalize(text);
        String[] w = norm.isEmpty() ? new String[0] : norm.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < w.length; i++) {
            out.add(w[i] + ' ' + w[i + 1]);
        }
        return out;
    }

    /** Rewrite, independent report of the same event, or unrelated. */
    public PairVerdict verdict(PreparedText a, PreparedText b, Alignment al) {
        int need = Math.min(settings.minAligned(), Math.min(a.size(), b.size()));
        if (need > 0 && al.passages().size() >= need && al.rewriteScore() >= settings.rewriteThreshold()) {
            return PairVerdict.REWRITE;
        }
        return al.documentCosine() >= settings.sameEventThreshold() ? PairVerdict.INDEPENDENT : PairVerdict.UNRELATED;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
