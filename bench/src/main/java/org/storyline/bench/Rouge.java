package org.storyline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ROUGE-N (Lin, 2004) computed here: text is tokenized (Lucene's standard tokenizer), lower-cased and
 * optionally Porter-stemmed, stop words kept; n-gram counts are clipped ({@code min} of the two counts).
 * {@link #concat} scores two whole texts; {@link #dateAgreement} scores dated timelines where only n-grams of
 * the same date match (the "agreement" variant of Martschat and Markert, 2017).
 */
final class Rouge implements AutoCloseable {
    /** Precision, recall and F1 of one comparison. */
    record Prf(double p, double r, double f) {
        static Prf of(double overlap, double system, double reference) {
            double p = system == 0 ? 0 : overlap / system;
            double r = reference == 0 ? 0 : overlap / reference;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private final Analyzer analyzer;

    Rouge(boolean stem) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase");
            if (stem) {
                b.addTokenFilter("porterStem");
            }
            this.analyzer = b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    Map<String, Integer> ngrams(String text, int n) {
        List<String> t = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            out.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    static int total(Map<String, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }

    static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int o = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            o += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return o;
    }

    Prf concat(String system, String reference, int n) {
        Map<String, Integer> s = ngrams(system, n);
        Map<String, Integer> r = ngrams(reference, n);
        return Prf.of(overlap(s, r), total(s), total(r));
    }

    /** Timelines as date → text: n-grams match only on the same date. */
    Prf dateAgreement(Map<String, String> system, Map<String, String> reference, int n) {
        double o = 0;
        double st = 0;
        double rt = 0;
        for (Map.Entry<String, String> e : system.entrySet()) {
            Map<String, Integer> s = ngrams(e.getValue(), n);
            st += total(s);
            String ref = reference.get(e.getKey());
            if (ref != null) {
                o += overlap(s, ngrams(ref, n));
            }
        }
        for (String r : reference.values()) {
            rt += total(ngrams(r, n));
        }
        return Prf.of(o, st, rt);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
