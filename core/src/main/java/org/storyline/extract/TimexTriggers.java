package org.storyline.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The trigger classes of the {@link RuleTimexes} patterns and their words: every match of a pattern contains a
 * token of one of its classes (a month, weekday, unit, season or relative-day word, a digit run) and spans at most
 * four whitespace-separated words on either side of it ({@link #REACH} leaves one more).
 */
final class TimexTriggers {
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

    /** The scanner (immutable, shared). */
    static final TriggerScan SCAN = new TriggerScan(words(), DIGIT, DIGIT4, REACH, false);

    private TimexTriggers() {}

    static TriggerScan.Scan scan(String text) {
        return SCAN.scan(text);
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> m = new HashMap<>();
        add(m, MONTH, "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
                "oct", "nov", "dec");
        add(m, WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        add(m, UNIT, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                "weekend", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
                "quarter", "quarters", "period");
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
        return m;
    }

    static void add(Map<String, Integer> m, int mask, String... words) {
        for (String w : words) {
            m.merge(w, mask, (a, b) -> a | b);
        }
    }
}
