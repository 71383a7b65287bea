package org.storyline.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

/**
 * Infers an article's own date from its text, never guessing. An article is written at or after every past date
 * it reports, so each explicit date is a lower bound, and the article's date is the latest bound:
 * <ul>
 *   <li>full dates ("December 27, 2023", "27 Dec 2023", "2023-12-27") bound it to a day;</li>
 *   <li>month and year ("May 2019") to a month; "the first 11 months of 2023" to the month after (December);</li>
 *   <li>a month without a year ("In November, …") to that month of the latest year the text mentions, and when
 *       the text also says "this month", to the month after it;</li>
 *   <li>a year in a date context ("in 2023", "of 2023") to a year, when nothing finer exists.</li>
 * </ul>
 * Future-looking mentions ("by 2030", "until March 2025", "next year's … in 2026", "scheduled for", "due in",
 * "will … in") are ignored, as are years outside 1900–2100. No evidence: undated.
 */
public final class TextDating {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern FIRST_MONTHS = Pattern.compile(
            "\\bfirst\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+months\\s+of\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|of|since|during|throughout|early|late|mid-?|from)\\s+(\\d{4})\\b(?![-,.]?\\d)");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout)\\s+(?:early\\s+|late\\s+|mid-?)?(January|February|March|April|May|June|July|"
                    + "August|September|October|November|December)\\b(?!\\s*\\d)");
    private static final Pattern THIS_MONTH = Pattern.compile("\\b[Tt]his month\\b");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?:\\bby|\\buntil|\\btill|\\bnext|\\bcoming|\\bscheduled for|\\bdue (?:in|by)|\\bexpected (?:in|by)|"
                    + "\\bwill\\b[^.]{0,40}|\\bplans? (?:for|to)[^.]{0,30}|\\bahead of|\\bstarting|\\bbefore the end of)"
                    + "\\s*(?:the\\s+)?(?:end of\\s+|early\\s+|late\\s+|mid-?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** A lower bound on the article's date. */
    private record Bound(LocalDate date, DatePrecision precision, String evidence) {}

    public TextDateResult infer(String text) {
        if (text == null || text.isBlank()) {
            return new TextDateResult(Dating.undated(), null, null);
        }
        List<Bound> bounds = new ArrayList<>();
        StringBuilder masked = new StringBuilder(text);
        for (Matcher m = MDY.matcher(text); m.find(); ) {
            if (!future(text, m.start())) {
                day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.group(), bounds);
            }
            mask(masked, m);
        }
        for (Matcher m = DMY.matcher(masked); m.find(); ) {
            if (!future(text, m.start())) {
                day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.group(), bounds);
            }
            mask(masked, m);
        }
        for (Matcher m = ISO.matcher(masked); m.find(); ) {
            if (!future(text, m.start())) {
                day(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(), bounds);
            }
            mask(masked, m);
        }
        for (Matcher m = FIRST_MONTHS.matcher(masked); m.find(); ) {
            int n = number(m.group(1));
            int y = year(m.group(2));
            if (y > 0 && n >= 1 && n <= 12 && !future(text, m.start())) {
                LocalDate d = LocalDate.of(y, 1, 1).plusMonths(n);
                bounds.add(new Bound(d, DatePrecision.MONTH, "\"" + m.group() + "\""));
            }
            mask(masked, m);
        }
        for (Matcher m = MONTH_YEAR.matcher(masked); m.find(); ) {
            int y = year(m.group(2));
            if (y > 0 && !future(text, m.start())) {
                bounds.add(new Bound(LocalDate.of(y, month(m.group(1)), 1), DatePrecision.MONTH, "\"" + m.group() + "\""));
            }
            mask(masked, m);
        }
        int latestYear = 0;
        String latestYearEvidence = null;
        for (Bound b : bounds) {
            if (b.date().getYear() > latestYear) {
                latestYear = b.date().getYear();
                latestYearEvidence = b.evidence();
            }
        }
        for (Matcher m = YEAR.matcher(masked); m.find(); ) {
            int y = year(m.group(1));
            if (y > 0 && !future(text, m.start())) {
                bounds.add(new Bound(LocalDate.of(y, 1, 1), DatePrecision.YEAR, "\"" + m.group() + "\""));
                if (y > latestYear) {
                    latestYear = y;
                    latestYearEvidence = "\"" + m.group() + "\"";
                }
            }
        }
        // months without a year
        Month lastPastMonth = null;
        String lastPastMonthPhrase = null;
        for (Matcher m = MONTH_ONLY.matcher(masked); m.find(); ) {
            if (future(text, m.start())) {
                continue;
            }
            Month mo = Month.of(month(m.group(1)));
            if (lastPastMonth == null || mo.compareTo(lastPastMonth) > 0) {
                lastPastMonth = mo;
                lastPastMonthPhrase = m.group();
            }
            if (latestYear > 0) {
                bounds.add(new Bound(LocalDate.of(latestYear, mo, 1), DatePrecision.MONTH,
                        "\"" + m.group() + "\" + year " + latestYear + " from " + latestYearEvidence));
            }
        }
        Month monthWithoutYear = null;
        String monthEvidence = null;
        Matcher thisMonth = THIS_MONTH.matcher(masked);
        if (lastPastMonth != null && thisMonth.find()) {
            Month current = lastPastMonth.plus(1);
            monthEvidence = "\"" + lastPastMonthPhrase + "\" + \"" + thisMonth.group() + "\"";
            if (latestYear > 0) {
                int y = current == Month.JANUARY ? latestYear + 1 : latestYear;
                bounds.add(new Bound(LocalDate.of(y, current, 1), DatePrecision.MONTH,
                        monthEvidence + " + year " + latestYear + " from " + latestYearEvidence));
            } else {
                monthWithoutYear = current;
            }
        }
        Bound best = null;
        for (Bound b : bounds) {
            if (best == null || b.date().isAfter(best.date())
                    || (b.date().equals(best.date()) && b.precision().ordinal() < best.precision().ordinal())) {
                best = b;
            }
        }
        if (best == null) {
            return new TextDateResult(Dating.undated(), monthWithoutYear, monthWithoutYear == null ? null : monthEvidence);
        }
        return new TextDateResult(new Dating(best.date(), best.precision(), DateSource.TEXT, best.evidence()), null, null);
    }

    private static boolean future(String text, int start) {
        int from = Math.max(0, start - 60);
        return FUTURE_CUE.matcher(text.substring(from, start)).find();
    }

    private static void day(int y, int month, int day, String phrase, List<Bound> out) {
        if (y <= 0) {
            return;
        }
        try {
            out.add(new Bound(LocalDate.of(y, month, day), DatePrecision.DAY, "\"" + phrase + "\""));
        } catch (DateTimeException e) {
            // not a calendar date ("February 30, 2023"): no evidence
        }
    }

    private static void mask(StringBuilder s, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            s.setCharAt(i, '_');
        }
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100 ? y : -1;
    }

    private static int number(String s) {
        return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : NUMBERS.getOrDefault(s.toLowerCase(Locale.ROOT), -1);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
