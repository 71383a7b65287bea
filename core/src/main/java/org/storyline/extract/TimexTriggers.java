package org.storyline.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The trigger scan of {@link RuleTimexes}: one pass over a text that finds the tokens every timex pattern needs
 * (a month, weekday, unit, season or relative-day word, a digit run) and gives, per set of trigger classes, the
 * windows of text around them where the patterns can match. A token is a maximal run of ASCII letters (lower-cased)
 * or of ASCII digits, so a word a pattern matches between {@code \b} boundaries is always a whole token; a window
 * reaches {@link #REACH} whitespace-separated words (whitespace as the {@code \s} of the patterns) on either side of
 * its trigger's word, more than any pattern spans. Immutable once scanned.
 */
final class TimexTriggers {
    /** Words a match may span on either side of the word holding its trigger (the longest patterns span 4). */
    static final int REACH = 5;

    static final int DIGIT = 1;
    /** A run of exactly four digits (a year). */
    static final int DIGIT4 = 1 << 1;
    static final int MONTH = 1 << 2;
    static final int WEEKDAY = 1 << 3;
    static final int UNIT = 1 << 4;
    static final int MERIDIEM = 1 << 5;
    static final int CLOCK = 1 << 6;
    static final int NOON = 1 << 7;
    static final int PART = 1 << 8;
    static final int TONIGHT = 1 << 9;
    static final int EVERY = 1 << 10;
    static final int DAYWORD = 1 << 11;
    static final int SEASON = 1 << 12;
    static final int FISCAL = 1 << 13;
    static final int SET = 1 << 14;
    static final int PRESENT = 1 << 15;

    private static final Map<String, Integer> WORDS = words();

    private final int[] wordStart;
    private final int[] wordEnd;
    private final int words;
    /** Per trigger token: its classes and the index of its whitespace-separated word. */
    private final int[] masks;
    private final int[] wordOf;
    private final int tokens;

    private TimexTriggers(int[] wordStart, int[] wordEnd, int words, int[] masks, int[] wordOf, int tokens) {
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.words = words;
        this.masks = masks;
        this.wordOf = wordOf;
        this.tokens = tokens;
    }

    /** Scans {@code text} once for trigger tokens and word boundaries. */
    static TimexTriggers scan(String text) {
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
                mask = j - i == 4 ? DIGIT | DIGIT4 : DIGIT;
            } else if (isLetter(c)) {
                while (j < n && isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i <= 12) {
                    Integer m = WORDS.get(text.substring(i, j).toLowerCase(Locale.ROOT));
                    mask = m == null ? 0 : m;
                }
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
        return new TimexTriggers(ws, we, nw, masks, wordOf, nt);
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
            int from = wordStart[Math.max(0, wordOf[t] - REACH)];
            int to = wordEnd[Math.min(words - 1, wordOf[t] + REACH)];
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

    /** The whitespace of the patterns' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> m = new HashMap<>();
        add(m, MONTH, "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
                "oct", "nov", "dec");
        add(m, WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        add(m, UNIT, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                "weekend", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
                "quarter", "quarters");
        add(m, MERIDIEM, "am", "pm", "m");
        add(m, CLOCK, "clock");
        add(m, NOON, "noon", "midday", "midnight");
        add(m, PART, "morning", "afternoon", "evening", "night");
        add(m, TONIGHT, "tonight");
        add(m, EVERY, "every", "each");
        add(m, DAYWORD, "today", "yesterday", "tomorrow");
        add(m, SEASON, "spring", "summer", "fall", "autumn", "winter");
        add(m, FISCAL, "fiscal");
        add(m, SET, "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly");
        add(m, PRESENT, "now", "currently", "present", "nowadays", "recently", "lately", "past", "future",
                "previously", "former", "formerly");
        return Map.copyOf(m);
    }

    private static void add(Map<String, Integer> m, int mask, String... words) {
        for (String w : words) {
            m.merge(w, mask, (a, b) -> a | b);
        }
    }
}
