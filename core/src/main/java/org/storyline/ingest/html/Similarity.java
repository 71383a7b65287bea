package org.storyline.ingest.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word overlap between two short strings, for matching a heading against a metadata title. */
final class Similarity {
    private Similarity() {
    }

    /** True when most words of the shorter string occur in the longer one. */
    static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        int common = 0;
        for (String w : small) {
            if (large.contains(w)) {
                common++;
            }
        }
        return common >= 0.7 * small.size() && common >= 0.4 * large.size();
    }

    static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = s.length(); i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (!w.isEmpty()) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        return words;
    }
}
