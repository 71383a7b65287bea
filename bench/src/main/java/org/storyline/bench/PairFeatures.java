package org.storyline.bench;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.model.AlignedPassage;
import org.storyline.provenance.Alignment;
import org.storyline.provenance.PreparedText;
import org.storyline.text.SetOverlap;

/**
 * The features of an aligned pair, for studying the rewrite decision ({@code --features-out}): the alignment's own
 * figures plus sentence counts, mean aligned cosine, run and position agreement and word overlap. Diagnostic only.
 */
final class PairFeatures {
    private PairFeatures() {}

    static final List<String> NAMES = List.of("n", "m", "wordsA", "wordsB", "k", "covA", "covB", "sim", "order",
            "factOverlap", "factOrder", "docCos", "meanCos", "minCos", "fracA", "fracB", "runFrac", "posDiff",
            "lexAligned", "lex3doc", "score");

    static Map<String, Double> of(PreparedText a, PreparedText b, Alignment al) {
        Map<String, Double> f = new LinkedHashMap<>();
        List<AlignedPassage> ps = al.passages();
        int n = a.size();
        int m = b.size();
        f.put("n", (double) n);
        f.put("m", (double) m);
        f.put("wordsA", (double) a.totalWords());
        f.put("wordsB", (double) b.totalWords());
        f.put("k", (double) ps.size());
        f.put("covA", al.coverageA());
        f.put("covB", al.coverageB());
        f.put("sim", al.similarity());
        f.put("order", al.orderAgreement());
        f.put("factOverlap", al.factOverlap());
        f.put("factOrder", al.factOrder());
        f.put("docCos", al.documentCosine());
        double sum = 0;
        double min = ps.isEmpty() ? 0 : 1;
        int runs = 0;
        double pos = 0;
        for (int i = 0; i < ps.size(); i++) {
            AlignedPassage p = ps.get(i);
            sum += p.similarity();
            min = Math.min(min, p.similarity());
            if (i > 0 && p.aSentence() == ps.get(i - 1).aSentence() + 1 && p.bSentence() == ps.get(i - 1).bSentence() + 1) {
                runs++;
            }
            pos += Math.abs((p.aSentence() + 0.5) / n - (p.bSentence() + 0.5) / m);
        }
        int k = ps.size();
        f.put("meanCos", k == 0 ? 0 : sum / k);
        f.put("minCos", min);
        f.put("fracA", n == 0 ? 0 : (double) k / n);
        f.put("fracB", m == 0 ? 0 : (double) k / m);
        f.put("runFrac", k < 2 ? 0 : (double) runs / (k - 1));
        f.put("posDiff", k == 0 ? 1 : pos / k);
        f.put("lexAligned", al.lexicalOverlap());
        f.put("score", al.rewriteScore());
        f.put("lex3doc", SetOverlap.containment(grams(a.text(), 3), grams(b.text(), 3)));
        return f;
    }

    static String header() {
        return String.join("\t", NAMES);
    }

    static String row(Map<String, Double> f) {
        StringBuilder sb = new StringBuilder();
        for (String k : NAMES) {
            if (!sb.isEmpty()) {
                sb.append('\t');
            }
            sb.append(String.format(Locale.ROOT, "%.4f", f.get(k)));
        }
        return sb.toString();
    }

    private static Set<String> grams(String text, int n) {
        String norm = ContentHashStage.normalize(text);
        String[] w = norm.isEmpty() ? new String[0] : norm.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)));
        }
        return out;
    }

}
