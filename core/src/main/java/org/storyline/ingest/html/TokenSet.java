package org.storyline.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case ASCII words, matched against the tokens of a class name or id without allocating for the
 * tokens that cannot match (wrong first letter or length), which are nearly all of them.
 */
final class TokenSet {
    private final Set<String> words;
    private final boolean[] firstLetters = new boolean[128];
    private final int minLength;
    private final int maxLength;

    TokenSet(String... words) {
        this.words = Set.of(words);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.charAt(0) >= 128) {
                throw new IllegalArgumentException("token must be non-empty lower-case ASCII: " + w);
            }
            firstLetters[w.charAt(0)] = true;
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
        }
        this.minLength = min;
        this.maxLength = max;
    }

    /**
     * True when a token of {@code s[from, to)} is in the set. Tokens are cut at every character that is not a
     * letter or digit, and before an upper-case letter that follows a lower-case one.
     */
    boolean anyToken(String s, int from, int to) {
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean hump = alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!alnum || hump)) {
                if (contains(s, start, i)) {
                    return true;
                }
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return false;
    }

    private boolean contains(String s, int start, int end) {
        int length = end - start;
        if (length < minLength || length > maxLength) {
            return false;
        }
        char first = Character.toLowerCase(s.charAt(start));
        if (first >= 128 || !firstLetters[first]) {
            return false;
        }
        return words.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
