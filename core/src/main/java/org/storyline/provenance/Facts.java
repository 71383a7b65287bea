package org.storyline.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.dedupe.ContentHashStage;

/**
 * The checkable facts of a sentence, in order: numbers ({@code 50,000} → {@code 50000}), capitalised names not
 * at the start of the sentence (accents and case folded: {@code López} = {@code lopez}) and quoted strings of at
 * least three words. A rewrite keeps them while it changes the words around them.
 */
final class Facts {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}[\\p{L}'’-]*\\p{L}");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{8,300})[\"”]");
    private static final Pattern WORD_START = Pattern.compile("\\p{L}");

    private Facts() {}

    /** The facts of one sentence, each once, in order of first occurrence. */
    static List<String> of(String sentence) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher first = WORD_START.matcher(sentence);
        int firstWord = first.find() ? first.start() : -1;
        // numbers, names and quotes are collected in text order
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String n = m.group().replace(",", "");
            if (n.endsWith(".")) {
                n = n.substring(0, n.length() - 1);
            }
            spans.add(new int[] {m.start()});
            values.add("#" + n);
        }
        m = NAME.matcher(sentence);
        while (m.find()) {
            if (m.start() == firstWord) {
                continue;
            }
            spans.add(new int[] {m.start()});
            values.add(ContentHashStage.normalize(m.group()));
        }
        m = QUOTE.matcher(sentence);
        while (m.find()) {
            String q = ContentHashStage.normalize(m.group(1));
            if (q.split(" ").length >= 3) {
                spans.add(new int[] {m.start()});
                values.add("\"" + q);
            }
        }
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> spans.get(i)[0]));
        for (int i : order) {
            if (!values.get(i).isEmpty()) {
                out.add(values.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** Shared facts over the smaller set (0 when either is empty). */
    static double containment(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        java.util.Set<String> sb = new java.util.HashSet<>(b);
        int shared = 0;
        for (String f : new LinkedHashSet<>(a)) {
            if (sb.contains(f)) {
                shared++;
            }
        }
        return (double) shared / Math.min(new LinkedHashSet<>(a).size(), sb.size());
    }

    /**
     * How much of the shared facts appear in the same order: the longest common subsequence of the two fact
     * sequences (restricted to shared facts) over their number; 1 when there are fewer than two.
     */
    static double order(List<String> a, List<String> b) {
        java.util.Set<String> sa = new java.util.HashSet<>(a);
        java.util.Set<String> sb = new java.util.HashSet<>(b);
        List<String> x = a.stream().filter(sb::contains).distinct().toList();
        List<String> y = b.stream().filter(sa::contains).distinct().toList();
        if (x.size() < 2) {
            return 1;
        }
        int[][] d = new int[x.size() + 1][y.size() + 1];
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                d[i][j] = x.get(i - 1).equals(y.get(j - 1)) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        return (double) d[x.size()][y.size()] / x.size();
    }
}
