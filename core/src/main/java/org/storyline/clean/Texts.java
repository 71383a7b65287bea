package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small pure text helpers shared by the rules. */
final class Texts {
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ADDRESS = Pattern.compile("\\b(?:you|your|yours|we|us|our|ours)\\b");

    private Texts() {}

    /** Whitespace, including no-break spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code words(text).size()} without building the list (asked by most rules of every line). */
    static int wordCount(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.codePointAt(s))) {
            s += Character.charCount(text.codePointAt(s));
        }
        while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        int n = 0;
        boolean inWord = false;
        for (int i = s; i < e; i++) {
            boolean separator = isWordSeparator(text.charAt(i));
            if (!separator && !inWord) {
                n++;
            }
            inWord = !separator;
        }
        return n;
    }

    /** The characters of {@code WORD_SPLIT}: {@code \s} and the no-break spaces. */
    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F';
    }

    static List<String> words(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : WORD_SPLIT.split(t)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower-cased letter/digit tokens ("Biden's" gives "biden", "s"). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        var m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The text without quoted speech: spans between curly or straight double quotes are blanked out, and an
     * opening quote without a closing one blanks to the end (a quotation that runs on to the next paragraph).
     */
    static String withoutQuotes(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                inQuote = true;
                sb.append(' ');
            } else if (c == '\u201D') {
                inQuote = false;
                sb.append(' ');
            } else if (c == '"') {
                inQuote = !inQuote;
                sb.append(' ');
            } else {
                sb.append(inQuote ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Lower-cased text outside quotes, with curly apostrophes made straight and spaces normalized. */
    static String normalizedOutsideQuotes(String text) {
        return withoutQuotes(text).replace('\u2019', '\'').replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
    }

    /** True when the (lower-cased) text addresses the reader or speaks for the outlet: you/your/we/us/our. */
    static boolean addressesReader(String lowerText) {
        return ADDRESS.matcher(lowerText).find();
    }

    /** Length of the longest common subsequence of two token lists. */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
