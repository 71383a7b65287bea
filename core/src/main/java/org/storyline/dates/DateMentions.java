package org.storyline.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DatePrecision;

/**
 * Finds the date expressions of a text ({@link DateMention}s) with their spans. Pure and stateless.
 *
 * <p>What is recognized:
 * <ul>
 *   <li>Full dates: "December 27, 2023", "Dec. 27, 2023", "Dec 27 2023", "27 December 2023", "27th of December,
 *       2023", ISO "2023-12-27", and slashed "12/27/2023". A slashed date is read day-first when its first number
 *       is above 12 ("27/12/2023"), otherwise in US order, month first ("03/04/2025" is March 4): the default
 *       for the English-language news this project reads. Impossible dates are ignored.</li>
 *   <li>Month and year: "December 2023", "May of 2019".</li>
 *   <li>"the first N months of YYYY" (N in digits or words).</li>
 *   <li>A year in a date context only: after "in", "of", "since", "during", "from", "throughout", "through",
 *       "early", "late", "mid-", "until", "by", "before", "after", "end of", "start of", "beginning of", or a
 *       season. Bare numbers are not years, "2,023" is a number, a time of day ("from 2100 GMT") is not a year,
 *       and years outside 1900–2100 are ignored.</li>
 *   <li>A month without a year after "in", "during", "since", "early", "late", "mid-", "last", "through",
 *       "until", "by" or "next" ("In November", "in May"); the month name must be capitalized (so the verb "may"
 *       is not a month) and must not be followed by a number.</li>
 *   <li>"this month", "this year", "last month", "last week".</li>
 * </ul>
 * When expressions overlap, the more specific one wins (first N months, full date, month and year, year, month,
 * deictic).
 *
 * <p>Future-looking expressions are marked {@link DateMention#future()}. Cues, looked for in the same sentence
 * before the date (a sentence ends at {@code . ! ?} or a blank line; a single line break does not end it):
 * <ul>
 *   <li>right before it: "by", "until", "till", "through", "before", "next", "in the coming", "scheduled for",
 *       "slated for", "planned for", "set for", "due", "expected in/by/on", "ahead of", "starting", "beginning",
 *       "ending", "effective", "payable", "matures/maturing/maturity", "expires/expiring/expiry", "year to",
 *       "beyond", "set", "setting", and scheduled-event nouns "trial", "hearing", "court date", "election",
 *       "vote", "campaign", "race", "anniversary" (with "in/on/of/for"), also
 *       with "the end of", "early", "mid-", a weekday etc. in between ("by the end of 2030", "until early 2026",
 *       "until Friday April 14, 2017", "notes due April 15, 1992");</li>
 *   <li>anywhere earlier in the sentence: "will", "shall", "would", "won't", "'ll", "should", "could", "may",
 *       "might", "expected/set/scheduled/slated/due/poised to" (also "was scheduled to": a past plan for a later
 *       date), "expect(s)", "projected", "forecast", "target", "plan(s/ned)", "aim(s) to", "intend(s) to",
 *       "hope(s) to", "proposed", "anticipate(d)", "coming up", "coming to", "upcoming", "deadline"
 *       ("will … in 2026").</li>
 * </ul>
 * A past date wrongly taken for a future one only makes the inferred lower bound weaker, never wrong, so the
 * cues are generous.
 */
public final class DateMentions {
    private static final String MONTH_FULL = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH_ANY = "(?:" + MONTH_FULL
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH_ANY + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d,.]\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_ANY + "),?\\s+(\\d{4})(?![\\d,.]\\d)\\b");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(" + MONTH_ANY + "),?\\s+(?:of\\s+)?(\\d{4})(?![\\d,.]\\d)\\b");
    private static final Pattern FIRST_MONTHS = Pattern.compile(
            "(?i)\\b(?:the\\s+)?first\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\s+months\\s+of\\s+(?:the\\s+year\\s+)?(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?i:in|of|since|during|from|throughout|through|early|late|until|by|before|after|end of|start of"
                    + "|beginning of|spring|summer|fall|autumn|winter)\\s+(?:(?i:of)\\s+)?(\\d{4})"
                    + "(?![\\d,.]\\d|-\\d|\\s*%|\\s*(?:GMT|BST|UTC|EDT|EST|CET|hrs|hours|local time)\\b)\\b"
                    + "|\\b(?i:mid)-(\\d{4})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:(?i:in|during|since|early|late|last|through|until|by|next)\\s+|(?i:mid)-)(" + MONTH_FULL + ")\\b"
                    + "(?!\\s*\\d)(?!,?\\s+of\\s+\\d)");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\bthis month\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis year\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast month\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast week\\b");

    /** Words that may stand between a future cue and the date: "by the end of 2030", "until early 2026". */
    private static final String FILLER = "(?:\\s+(?:the|end|start|beginning|middle|spring|summer|fall|autumn|winter"
            + "|early|late|first|second|half|quarter|week|of|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday),?)*";
    private static final Pattern FUTURE_RIGHT_BEFORE = Pattern.compile("(?i)(?:"
            // prepositions: right before the date, or with filler words only
            + "(?:\\bby|\\buntil|\\btill|\\bthrough|\\bbefore|\\bnext|\\bbeyond|\\bahead of|\\bin the coming)" + FILLER
            // verbs and nouns of schedules: also with "in"/"on" ("starting in", "trial on")
            + "|(?:\\bscheduled for|\\bslated for|\\bplanned for|\\bset for|\\bdue|\\bexpected|\\bstarting"
            + "|\\bbeginning|\\bending|\\beffective|\\bpayable|\\bmatur(?:es|ing|ity)|\\bexpir(?:es|ing|y|ation)"
            + "|\\b(?:year|period|months?|quarter)s? to|\\bset|\\bsetting|\\b(?:trial|hearing|court date|elections?"
            + "|vote|campaign|race|anniversary))" + FILLER + "(?:\\s+(?:in|on|of|for))?" + FILLER
            + ")\\s*(?:mid-)?$");
    private static final Pattern FUTURE_IN_SENTENCE = Pattern.compile(
            "(?i)\\b(?:will|shall|would|won't|should|could|(?:expected|set|scheduled|slated|due|poised) to"
                    + "|expects?|projected|projects|projections?|forecasts?|forecasted|targets?|plans?|planned|planning"
                    + "|aims? to|intends? to|hopes? to|proposed|proposes|anticipates?|anticipated|coming (?:up|to)"
                    + "|upcoming|deadline)\\b|'ll\\b|\\b(?-i:may|might)\\b");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** All date expressions of {@code text}, in text order, without overlaps. */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        firstMonths(text, found);
        fullDates(text, found);
        monthYears(text, found);
        years(text, found);
        monthsOnly(text, found);
        deictic(text, THIS_MONTH, DateMention.Kind.THIS_MONTH, found);
        deictic(text, THIS_YEAR, DateMention.Kind.THIS_YEAR, found);
        deictic(text, LAST_MONTH, DateMention.Kind.LAST_MONTH, found);
        deictic(text, LAST_WEEK, DateMention.Kind.LAST_WEEK, found);
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    private static void firstMonths(String text, List<DateMention> out) {
        Matcher m = FIRST_MONTHS.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int months = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.get(n);
            int year = Integer.parseInt(m.group(2));
            if (months < 1 || months > 12 || !plausibleYear(year)) {
                continue;
            }
            LocalDate after = YearMonth.of(year, 1).plusMonths(months).atDay(1);
            add(out, text, m.start(), m.end(), m.start(), DateMention.Kind.FIRST_MONTHS, after,
                    DatePrecision.MONTH, year, null);
        }
    }

    private static void fullDates(String text, List<DateMention> out) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            fullDate(text, out, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            fullDate(text, out, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            fullDate(text, out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a > 12) {
                fullDate(text, out, m, year, b, a);
            } else {
                fullDate(text, out, m, year, a, b);
            }
        }
    }

    private static void fullDate(String text, List<DateMention> out, Matcher m, int year, int month, int day) {
        if (!plausibleYear(year)) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return;
        }
        add(out, text, m.start(), m.end(), m.start(), DateMention.Kind.FULL_DATE, date, DatePrecision.DAY, year, null);
    }

    private static void monthYears(String text, List<DateMention> out) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            if (plausibleYear(year)) {
                add(out, text, m.start(), m.end(), m.start(), DateMention.Kind.MONTH_YEAR,
                        LocalDate.of(year, month(m.group(1)), 1), DatePrecision.MONTH, year, null);
            }
        }
    }

    private static void years(String text, List<DateMention> out) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int year = Integer.parseInt(m.group(g));
            if (plausibleYear(year)) {
                add(out, text, m.start(), m.end(), m.start(g), DateMention.Kind.YEAR, LocalDate.of(year, 1, 1),
                        DatePrecision.YEAR, year, null);
            }
        }
    }

    private static void monthsOnly(String text, List<DateMention> out) {
        Matcher m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.start(1), DateMention.Kind.MONTH_ONLY, null, null, 0,
                    Month.of(month(m.group(1))));
        }
    }

    private static void deictic(String text, Pattern p, DateMention.Kind kind, List<DateMention> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.start(), kind, null, null, 0, null);
        }
    }

    private static void add(List<DateMention> out, String text, int start, int end, int valueStart,
            DateMention.Kind kind, LocalDate date, DatePrecision precision, int year, Month month) {
        for (DateMention d : out) {
            if (start < d.end() && d.start() < end) {
                return;
            }
        }
        boolean future = isFuture(text, valueStart);
        out.add(new DateMention(kind, start, end, text.substring(start, end), date, precision, year, month, future));
    }

    /** True when the sentence before {@code valueStart} has a future cue (see the class comment). */
    static boolean isFuture(String text, int valueStart) {
        String before = text.substring(sentenceStart(text, valueStart), valueStart);
        return FUTURE_RIGHT_BEFORE.matcher(before).find() || FUTURE_IN_SENTENCE.matcher(before).find();
    }

    /**
     * Start of the sentence that contains {@code pos}: after the last sentence end ({@code . ! ?} followed by
     * whitespace) or blank line before it. A single line break is not a boundary (hard-wrapped text).
     */
    static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                continue;
            }
            if (".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
            if (c == '\n') {
                int j = i - 1;
                while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                if (j >= 0 && text.charAt(j) == '\n') {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2100;
    }

    /** Month number of a full or abbreviated English month name. */
    private static int month(String name) {
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            case "Dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }
}
