package org.storyline.bench;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exhaustive, exact reference for near duplicates, independent of the system's code: word-5-gram Jaccard
 * ≥ a threshold over lower-cased {@code \w+} tokens of title + text, the definition bbc-fulltext's README uses
 * for its gold. All pairs are found exactly with prefix filtering (each set ordered rarest 5-gram first; two sets
 * with Jaccard ≥ t share one of their first {@code |x| − ⌈t·|x|⌉ + 1} 5-grams), and each candidate pair is
 * verified on the whole sets.
 */
final class ReferencePairs {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ReferencePairs() {}

    /** A pair of document indices with its Jaccard similarity. */
    record Pair(int a, int b, double jaccard) {}

    static List<Pair> find(List<BenchDocs.Doc> docs, double threshold) {
        long[][] sets = new long[docs.size()][];
        LongIntHashMap df = new LongIntHashMap();
        for (int i = 0; i < docs.size(); i++) {
            BenchDocs.Doc d = docs.get(i);
            sets[i] = fiveGrams((d.title() == null ? "" : d.title() + "\n") + d.text());
            for (long g : sets[i]) {
                df.addTo(g, 1);
            }
        }
        long[][] ordered = new long[sets.length][];
        for (int i = 0; i < sets.length; i++) {
            ordered[i] = Arrays.stream(sets[i]).boxed()
                    .sorted((x, y) -> df.get(x) != df.get(y) ? Integer.compare(df.get(x), df.get(y)) : Long.compare(x, y))
                    .mapToLong(Long::longValue).toArray();
        }
        LongObjectHashMap<IntArrayList> postings = new LongObjectHashMap<>();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            long[] x = ordered[i];
            if (x.length == 0) {
                continue;
            }
            int prefix = x.length - (int) Math.ceil(threshold * x.length - 1e-9) + 1;
            IntHashSet candidates = new IntHashSet();
            for (int p = 0; p < prefix; p++) {
                IntArrayList list = postings.get(x[p]);
                if (list != null) {
                    candidates.addAll(list);
                }
            }
            int[] cs = candidates.toArray();
            Arrays.sort(cs);
            for (int j : cs) {
                int both = intersection(sets[i], sets[j]);
                double jac = (double) both / (sets[i].length + sets[j].length - both);
                if (jac >= threshold) {
                    out.add(new Pair(j, i, jac));
                }
            }
            for (int p = 0; p < prefix; p++) {
                IntArrayList list = postings.get(x[p]);
                if (list == null) {
                    list = new IntArrayList(2);
                    postings.put(x[p], list);
                }
                list.add(i);
            }
        }
        return out;
    }

    /** Sorted distinct 64-bit hashes of the word 5-grams (the whole text when it has fewer words). */
    static long[] fiveGrams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            return new long[0];
        }
        int k = Math.min(5, words.size());
        long[] out = new long[words.size() - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = 0; j < k; j++) {
                String w = words.get(i + j);
                for (int c = 0; c < w.length(); c++) {
                    h = 31 * h + w.charAt(c);
                }
                h = 31 * h + ' ';
            }
            out[i] = h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    private static int intersection(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
        }
        return both;
    }
}
