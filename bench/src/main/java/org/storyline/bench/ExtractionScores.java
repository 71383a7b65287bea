package org.storyline.bench;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures of the extraction benchmark, per page.
 *
 * <ul>
 *   <li><b>Body, bag of tokens</b>: lower-cased {@code \w+} tokens (Unicode) counted as a multiset; precision,
 *       recall and F1 per page, then averaged over pages (macro).</li>
 *   <li><b>Body, shingles</b>: the method of the Scrapinghub article-extraction benchmark (which the fundus
 *       README names): {@code \w+} tokens, 4-token shingles counted as a multiset, per page tp/fp/fn normalised
 *       to sum 1, summed over pages, then P = TP/(TP+FP), R = TP/(TP+FN).</li>
 *   <li><b>Title</b>: exact match after Unicode NFKC, removing zero-width characters and soft hyphens, and
 *       collapsing whitespace.</li>
 *   <li><b>Date</b>: same calendar day.</li>
 *   <li><b>Authors</b>: F1 of the sets of names (lower-cased, whitespace collapsed).</li>
 * </ul>
 */
final class ExtractionScores {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b-\\u200f\\u2060\\ufeff]");

    /** Precision, recall and F1 of one comparison. */
    record Prf(double precision, double recall, double f1) {
        static Prf of(double tp, double predicted, double expected) {
            double p = predicted == 0 ? (expected == 0 ? 1 : 0) : tp / predicted;
            double r = expected == 0 ? (predicted == 0 ? 1 : 0) : tp / expected;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private ExtractionScores() {
    }

    static Prf tokens(String expected, String predicted) {
        Map<String, Integer> gold = counts(tokenize(expected, true), 1);
        Map<String, Integer> pred = counts(tokenize(predicted, true), 1);
        return overlap(gold, pred);
    }

    /** Normalised tp, fp, fn of the 4-token shingles (summing to 1 unless both are empty). */
    static double[] shingles(String expected, String predicted) {
        Map<String, Integer> gold = counts(tokenize(expected, false), 4);
        Map<String, Integer> pred = counts(tokenize(predicted, false), 4);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<String> keys = new HashSet<>(gold.keySet());
        keys.addAll(pred.keySet());
        for (String key : keys) {
            int g = gold.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
    }

    static boolean sameTitle(String expected, String predicted) {
        return predicted != null && normalize(expected).equals(normalize(predicted));
    }

    static Prf authors(List<String> expected, List<String> predicted) {
        Set<String> gold = new HashSet<>();
        for (String a : expected) {
            gold.add(normalize(a).toLowerCase(Locale.ROOT));
        }
        Set<String> pred = new HashSet<>();
        for (String a : predicted == null ? List.<String>of() : predicted) {
            pred.add(normalize(a).toLowerCase(Locale.ROOT));
        }
        int tp = 0;
        for (String a : pred) {
            if (gold.contains(a)) {
                tp++;
            }
        }
        return Prf.of(tp, pred.size(), gold.size());
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return INVISIBLE.matcher(n).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static List<String> tokenize(String text, boolean lowerCase) {
        List<String> tokens = new java.util.ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(lowerCase ? text.toLowerCase(Locale.ROOT) : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> counts(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        if (n == 1) {
            for (String t : tokens) {
                counts.merge(t, 1, Integer::sum);
            }
            return counts;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Prf overlap(Map<String, Integer> gold, Map<String, Integer> pred) {
        long tp = 0;
        long p = 0;
        long g = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
            p += e.getValue();
        }
        for (int v : gold.values()) {
            g += v;
        }
        return Prf.of(tp, p, g);
    }
}
