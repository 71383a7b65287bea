package org.storyline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trigger scan for regular-expression rules: one pass over a text that finds the tokens of a vocabulary (words,
 * each with a bit mask of trigger classes, and digit runs) and gives, per set of classes, the windows of text
 * around them where rules needing one of those tokens can match. A token is a maximal run of ASCII letters
 * (lower-cased, looked up in a trie, no allocation) or of ASCII digits, so a word a pattern matches between
 * {@code \b} boundaries is always a whole token; a window reaches {@code reach} whitespace-separated words
 * (whitespace as the {@code \s} of the patterns) on either side of its trigger's word. Used by {@link RuleTimexes}
 * and {@link RuleQuantities}; immutable and thread-safe.
 */
final class TriggerScan {
    private final int reach;
    private final int digitMask;
    private final int digit4Mask;
    private final boolean prefixes;
    /** The trie of the vocabulary: children per node (26 lower-case letters, 0 = none) and the node's mask. */
    private final int[][] children;
    private final int[] nodeMask;

    /**
     * A scanner for {@code words} (lower-case ASCII, each with its classes); digit runs get {@code digitMask},
     * runs of exactly four digits {@code digit4Mask} too. With {@code prefixes}, a letter token also gets the classes
     * of every vocabulary word it starts with (for patterns whose words need no boundary after them).
     */
    TriggerScan(Map<String, Integer> words, int digitMask, int digit4Mask, int reach, boolean prefixes) {
        if (reach < 0) {
            throw new IllegalArgumentException("reach must be >= 0: " + reach);
        }
        this.reach = reach;
        this.digitMask = digitMask;
        this.digit4Mask = digit4Mask;
        this.prefixes = prefixes;
        List<int[]> kids = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        kids.add(new int[26]);
        masks.add(0);
        for (Map.Entry<String, Integer> w : new TreeMap<>(words).entrySet()) {
            int node = 0;
            for (char c : w.getKey().toCharArray()) {
                if (c < 'a' || c > 'z') {
                    throw new IllegalArgumentException("trigger words are lower-case ASCII letters: " + w.getKey());
                }
                if (kids.get(node)[c - 'a'] == 0) {
                    kids.add(new int[26]);
                    masks.add(0);
                    kids.get(node)[c - 'a'] = kids.size() - 1;
                }
                node = kids.get(node)[c - 'a'];
            }
            masks.set(node, masks.get(node) | w.getValue());
        }
        this.children = kids.toArray(new int[0][]);
        this.nodeMask = masks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The trigger tokens and words of one text. */
    static final class Scan {
        private final int[] wordStart;
        private final int[] wordEnd;
        private final int words;
        /** Per trigger token: its classes and the index of its whitespace-separated word. */
        private final int[] masks;
        private final int[] wordOf;
        private final int tokens;
        private final int reach;

        private Scan(int[] wordStart, int[] wordEnd, int words, int[] masks, int[] wordOf, int tokens, int reach) {
            this.wordStart = wordStart;
            this.wordEnd = wordEnd;
            this.words = words;
            this.masks = masks;
            this.wordOf = wordOf;
            this.tokens = tokens;
            this.reach = reach;
        }

        /**
         * The windows around the tokens of any of the classes in {@code mask}, as {@code [start0, end0, start1, ...]},
         * sorted and disjoint.
         */
        int[] windows(int mask) {
            int[] out = new int[8];
            int k = 0;
            for (int t = 0; t < tokens; t++) {
                if ((masks[t] & mask) == 0) {
                    continue;
                }
                int from = wordStart[Math.max(0, wordOf[t] - reach)];
                int to = wordEnd[Math.min(words - 1, wordOf[t] + reach)];
                if (k > 0 && from <= out[k - 1]) {
                    out[k - 1] = Math.max(out[k - 1], to);
                    continue;
                }
                if (k == out.length) {
                    out = Arrays.copyOf(out, k * 2);
                }
                out[k++] = from;
                out[k++] = to;
            }
            return Arrays.copyOf(out, k);
        }
    }

    /** Scans {@code text} once for trigger tokens and word boundaries. */
    Scan scan(String text) {
        int n = text.length();
        int[] ws = new int[16];
        int[] we = new int[16];
        int nw = 0;
        int[] masks = new int[16];
        int[] wordOf = new int[16];
        int nt = 0;
        boolean inWord = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (inWord) {
                    we[nw - 1] = i;
                    inWord = false;
                }
                i++;
                continue;
            }
            if (!inWord) {
                if (nw == ws.length) {
                    ws = Arrays.copyOf(ws, nw * 2);
                    we = Arrays.copyOf(we, nw * 2);
                }
                ws[nw++] = i;
                inWord = true;
            }
            int mask = 0;
            int j = i;
            if (c >= '0' && c <= '9') {
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                mask = j - i == 4 ? digitMask | digit4Mask : digitMask;
            } else if (isLetter(c)) {
                int node = 0;
                int prefixMask = 0;
                while (j < n && isLetter(text.charAt(j))) {
                    if (node >= 0) {
                        int next = children[node][(text.charAt(j) | 0x20) - 'a'];
                        node = next == 0 ? -1 : next;
                        if (node > 0) {
                            prefixMask |= nodeMask[node];
                        }
                    }
                    j++;
                }
                mask = prefixes ? prefixMask : node < 0 ? 0 : nodeMask[node];
            } else {
                j = i + 1;
            }
            if (mask != 0) {
                if (nt == masks.length) {
                    masks = Arrays.copyOf(masks, nt * 2);
                    wordOf = Arrays.copyOf(wordOf, nt * 2);
                }
                masks[nt] = mask;
                wordOf[nt++] = nw - 1;
            }
            i = j;
        }
        if (inWord) {
            we[nw - 1] = n;
        }
        return new Scan(ws, we, nw, masks, wordOf, nt, reach);
    }

    /** The whitespace of the patterns' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
