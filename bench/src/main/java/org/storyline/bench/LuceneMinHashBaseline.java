package org.storyline.bench;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.IntCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.text.Ids;

/**
 * The plain Lucene harness the issue compares with: StandardTokenizer, lower case, word 5-gram
 * {@link ShingleFilter}, {@link MinHashFilter} (one hash, 100 buckets, rotation), the 100 min-hash tokens cut
 * into 20 bands of 5 for LSH, candidates verified by the fraction of equal min-hashes (≥ the threshold); exact
 * duplicates by SHA-1 of the normalized text first. Signatures are computed on all cores, like the system's
 * sketches. For throughput only.
 */
final class LuceneMinHashBaseline {
    private static final int HASHES = 100;
    private static final int BANDS = 20;
    private static final int ROWS = 5;

    private final double threshold;
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(source), 5, 5);
            shingles.setOutputUnigrams(false);
            shingles.setOutputUnigramsIfNoShingles(true);
            TokenStream minHash = new MinHashFilter(shingles, 1, HASHES, 1, true);
            return new TokenStreamComponents(source, minHash);
        }
    };
    private final Map<String, Integer> byHash = new HashMap<>();
    private final List<String[]> signatures = new ArrayList<>();
    private final List<IntObjectHashMap<IntArrayList>> buckets = new ArrayList<>();
    private long copies;
    private long nearCopies;

    LuceneMinHashBaseline(double threshold) {
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new IntObjectHashMap<>());
        }
    }

    long copies() {
        return copies;
    }

    long nearCopies() {
        return nearCopies;
    }

    void process(List<String> texts) {
        String[] hashes = new String[texts.size()];
        String[][] sigs = new String[texts.size()][];
        IntStream.range(0, texts.size()).parallel().forEach(i -> {
            String norm = ContentHashStage.normalize(texts.get(i));
            hashes[i] = norm.isEmpty() ? null : Ids.sha1(norm);
            sigs[i] = signature(texts.get(i));
        });
        for (int i = 0; i < texts.size(); i++) {
            if (hashes[i] != null && byHash.containsKey(hashes[i])) {
                copies++;
                continue;
            }
            String[] sig = sigs[i];
            if (sig == null) {
                continue;
            }
            int[] keys = new int[BANDS];
            IntHashSet candidates = new IntHashSet();
            for (int b = 0; b < BANDS; b++) {
                int k = b;
                for (int r = 0; r < ROWS; r++) {
                    k = 31 * k + sig[b * ROWS + r].hashCode();
                }
                keys[b] = k;
                IntArrayList list = buckets.get(b).get(k);
                if (list != null) {
                    candidates.addAll(list);
                }
            }
            for (IntCursor c : candidates) {
                String[] other = signatures.get(c.value);
                int equal = 0;
                for (int h = 0; h < HASHES; h++) {
                    if (sig[h].equals(other[h])) {
                        equal++;
                    }
                }
                if (equal >= threshold * HASHES) {
                    nearCopies++;
                    break;
                }
            }
            int ordinal = signatures.size();
            signatures.add(sig);
            for (int b = 0; b < BANDS; b++) {
                IntArrayList list = buckets.get(b).get(keys[b]);
                if (list == null) {
                    list = new IntArrayList(1);
                    buckets.get(b).put(keys[b], list);
                }
                list.add(ordinal);
            }
            if (hashes[i] != null) {
                byHash.put(hashes[i], ordinal);
            }
        }
    }

    /** The 100 min-hash tokens, or null when the text has no words. */
    private String[] signature(String text) {
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            List<String> out = new ArrayList<>(HASHES);
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
            return out.size() == HASHES ? out.toArray(new String[0]) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
