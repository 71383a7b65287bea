package org.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with character offsets. Rule-based: a sentence ends at {@code . ! ?} (optionally
 * followed by closing quotes or brackets) before white space and an upper-case letter, digit or opening quote,
 * unless the word before the period is a known abbreviation or a single letter ("U.S.", "Gov.", "Dec.");
 * a blank line always ends a sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
            "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "pres", "sec", "dept", "univ", "approx");

    private Sentences() {}

    /** A sentence: its text (trimmed) and its span in the source. */
    public record Sentence(String text, int start, int end) {}

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                add(text, start, i, out);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            if (j >= n) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= n) {
                break;
            }
            char next = text.charAt(k);
            boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next);
            if (!startsSentence || (c == '.' && isAbbreviation(text, i))) {
                continue;
            }
            add(text, start, j, out);
            start = j;
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(';
    }

    private static boolean isAbbreviation(String text, int period) {
        int s = period;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 || word.contains(".")) {
            return true; // "U.S.", "A."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(text.substring(s, e), s, e));
        }
    }
}
