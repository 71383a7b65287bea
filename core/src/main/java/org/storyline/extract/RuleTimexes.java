package org.storyline.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FAST temporal-expression rules: regular expressions for dates, times, durations and sets, with TIMEX3
 * values; relative expressions ("Wednesday", "last week", "this month", "two days ago") are resolved against the
 * reference date (the article's date) and left underspecified ({@code XXXX-WXX-3}) without one. Weekdays and
 * months without a year are taken in the past unless a future cue ("will", "next") comes right before.
 * Patterns are tried in order of specificity; an expression never overlaps an earlier one. Stateless.
 */
final class RuleTimexes {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUM = "(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few|many|some)";
    private static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
            + "|quarters?)";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("hundred", 100));
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|'ll|shall|going to|plans? to|planned|planning|expected to|scheduled|set to|is to|are to|"
                    + "as (?:soon|early) as|next|until|by|coming)\\b[^.!?]{0,90}$");
    /** A future verb after an expression that opens its sentence ("On Tuesday, X plans to"). */
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "(?i)^[^.!?;]{0,50}?\\b(?:will|plans? to|(?:is|are) (?:scheduled|expected|set) to|(?:is|are) to)\\b");
    /** The start of a sentence right before an expression ("…. On Tuesday", "…. Tuesday"). */
    private static final Pattern AFTER_SENTENCE_END = Pattern.compile("[.!?]['\"”’]?\\s+(?:(?i:on|by|until)\\s+)?$");
    private static final Pattern AT_TEXT_START = Pattern.compile("^\\s*(?:(?i:on|by|until)\\s+)?$");

    private static final Pattern NAMED_QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth)(?:-|\\s+)quarter\\b");

    /**
     * A day or month without a year that is this close ahead of the reference date is the coming one, and so is one
     * up to {@link #CUED_MONTHS} ahead after a future cue ("will meet in March"); otherwise the last one.
     */
    private static final int NEAR_DAYS = 60;
    private static final int NEAR_MONTHS = 2;
    private static final int CUED_MONTHS = 6;

    /** A weekday or month and day right after a time of day. */
    private static final String DAY_AFTER = "(?:,?\\s+(?:on\\s+)?(?:(" + WEEKDAY + ")|(" + MONTH + ")\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})))?";

    private static final Pattern MAY_CONTEXT = Pattern.compile(
            "(?:\\b(?i:in|since|during|last|next|until|by|early|late|of)\\s|mid-)$");

    /**
     * A pattern with the function that turns a match into a timex (null to skip it), and the trigger classes
     * ({@link TimexTriggers}) of which every match contains at least one token.
     */
    private record Rule(int triggers, Pattern pattern, TimexType type, Valuer valuer) {}

    @FunctionalInterface
    private interface Valuer {
        String value(Matcher m, LocalDate ref, String text);
    }

    private final List<Rule> rules = List.of(
            // full dates
            new Rule(TimexTriggers.MONTH, Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
                    TimexType.DATE, (m, r, t) -> ymd(m.group(3), month(m.group(1)), m.group(2))),
            new Rule(TimexTriggers.MONTH, Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + "),?\\s+(\\d{4})\\b"),
                    TimexType.DATE, (m, r, t) -> ymd(m.group(3), month(m.group(2)), m.group(1))),
            new Rule(TimexTriggers.DIGIT4, Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])"), TimexType.DATE,
                    (m, r, t) -> ymd(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            new Rule(TimexTriggers.DIGIT, Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])"), TimexType.DATE,
                    (m, r, t) -> {
                        String y = m.group(3).length() == 2 ? "19" + m.group(3) : m.group(3);
                        return ymd(y, Integer.parseInt(m.group(1)), m.group(2));
                    }),
            // times of day
            new Rule(TimexTriggers.MERIDIEM, Pattern.compile("(?i)\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?(?:\\s+(?:[ECMP][SD]T|GMT|local time))?(?=\\W|$)"
                    + DAY_AFTER), TimexType.TIME, (m, r, t) -> time(dayAfter(m, 4, r, t), hour(m.group(1), m.group(3)), m.group(2))),
            new Rule(TimexTriggers.CLOCK, Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
                    + "\\s+o['’]clock\\b"), TimexType.TIME,
                    (m, r, t) -> time(r, afternoonHour(number(m.group(1))), null)),
            new Rule(TimexTriggers.NOON, Pattern.compile("(?i)\\b(?:at\\s+)?(noon|midday|midnight)\\b" + DAY_AFTER), TimexType.TIME,
                    (m, r, t) -> time(dayAfter(m, 2, r, t), m.group(1).equalsIgnoreCase("midnight") ? 0 : 12, null)),
            new Rule(TimexTriggers.PART, Pattern.compile("(?i)\\b(this|yesterday|tomorrow|last|" + WEEKDAY + ")\\s+(morning|afternoon|evening|night)\\b"),
                    TimexType.TIME, (m, r, t) -> partOfDay(m, r, t)),
            new Rule(TimexTriggers.TONIGHT, Pattern.compile("(?i)\\btonight\\b"), TimexType.TIME, (m, r, t) -> r == null ? "XXXX-XX-XXTNI" : r + "TNI"),
            // sets with a weekday or unit ("every Wednesday")
            new Rule(TimexTriggers.EVERY, Pattern.compile("(?i)\\b(?:every|each)\\s+(day|week|month|year|" + WEEKDAY + ")\\b"), TimexType.SET,
                    (m, r, t) -> setValue(m.group(1))),
            // month and day without a year
            new Rule(TimexTriggers.MONTH, Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?![\\d,]\\d)"),
                    TimexType.DATE, (m, r, t) -> monthDay(r, month(m.group(1)), Integer.parseInt(m.group(2)), t, m.start())),
            new Rule(TimexTriggers.MONTH, Pattern.compile("\\b(" + MONTH + "),?\\s+(?:of\\s+)?(\\d{4})\\b"), TimexType.DATE,
                    (m, r, t) -> String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)))),
            // relative days and weekdays
            new Rule(TimexTriggers.DAYWORD, Pattern.compile("(?i)\\b(today|yesterday|tomorrow)\\b"), TimexType.DATE, (m, r, t) -> {
                if (r == null) {
                    return m.group(1).equalsIgnoreCase("today") ? "PRESENT_REF" : null;
                }
                return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> r.minusDays(1).toString();
                    case "tomorrow" -> r.plusDays(1).toString();
                    default -> r.toString();
                };
            }),
            new Rule(TimexTriggers.WEEKDAY, Pattern.compile("\\b(?:(?i:(last|next|this|on|coming|past))\\s+)?(" + WEEKDAY + ")\\b"),
                    TimexType.DATE, (m, r, t) -> weekday(m, r, t)),
            // weeks, months, years relative to the reference
            // a year's quarter ("this year's third quarter", "the 1988 period": the quarter in question that year)
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:(this|last|next)\\s+year['’]s|(?:the\\s+)?(\\d{4}))\\s+"
                    + "(?:(first|second|third|fourth)\\s+)?(?:fiscal\\s+)?(?:quarter|period)\\b"), TimexType.DATE, (m, r, t) -> yearsQuarter(m, r, t)),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:(earlier|later)\\s+)?(this|last|next|past|coming|previous)\\s+(week(?:end)?|month|year|quarter)\\b"),
                    TimexType.DATE, (m, r, t) -> relativePeriod(m.group(2), m.group(3), r)),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(" + NUM + ")\\s+(day|week|month|year)s?\\s+(ago|earlier|later|before|from now)\\b"),
                    TimexType.DATE, (m, r, t) -> ago(m, r)),
            // quarters: named ("the third quarter", "third-quarter profit"), the one being reported ("the latest
            // quarter"), and the same one a year before ("the year-ago quarter", valued by TimexValues.quarterly)
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:the\\s+(?=\\w+\\s+quarter))?(first|second|third|fourth|1st|2nd|3rd|4th)"
                    + "(?:-|\\s+)quarter(?:\\s+of\\s+(\\d{4}))?\\b"),
                    TimexType.DATE, (m, r, t) -> namedQuarter(ordinal(m.group(1)), m.group(2), r)),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:the\\s+(?:comparable\\s+|same\\s+)?(?=year-(?:ago|earlier)\\s+(?:quarter|period)))?"
                    + "year-(?:ago|earlier)(\\s+(?:quarter|period))?\\b"),
                    TimexType.DATE, (m, r, t) -> yearAgo(m, r, t)),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\bthe\\s+(?:(latest|current|most\\s+recent|fiscal)\\s+)?quarter\\b"
                    + "|\\bthe\\s+latest\\s+period\\b"),
                    TimexType.DATE, (m, r, t) -> reportedQuarter(m, r, t)),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\bthe\\s+(?:full|fiscal|current)\\s+year\\b"), TimexType.DATE,
                    (m, r, t) -> r == null ? "PRESENT_REF" : String.valueOf(r.getYear())),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\bthe\\s+weekend\\b"), TimexType.DATE, (m, r, t) -> weekend(m, r, t)),
            new Rule(TimexTriggers.SEASON, Pattern.compile("(?i)\\b(?:(this|last|next)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(\\d{4}))?\\b"),
                    TimexType.DATE, (m, r, t) -> season(m, r)),
            new Rule(TimexTriggers.FISCAL, Pattern.compile("(?i)\\bfiscal\\s+(?:year\\s+)?(\\d{4})\\b"), TimexType.DATE, (m, r, t) -> m.group(1)),
            new Rule(TimexTriggers.DIGIT4, Pattern.compile("\\b(?:the\\s+)?(?:mid-|early\\s+|late\\s+)?(1[89]\\d|20\\d)0['’]?s\\b"), TimexType.DATE,
                    (m, r, t) -> m.group(1)),
            // durations (before bare years, after "N days ago")
            // ("a 6-year-old", "52 years old": ages are not timexes)
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:the\\s+(?:past|last|next|first|coming)\\s+)?(" + NUM + ")[-\\s](" + UNIT + ")(?:-long)?\\b"
                    + "(?![-\\s]old\\b)"),
                    TimexType.DURATION, (m, r, t) -> duration(m.group(1), m.group(2))),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(?:the\\s+(?:past|last|next|coming)\\s+)(" + UNIT + ")\\b"),
                    TimexType.DURATION, (m, r, t) -> duration("1", m.group(1))),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\brecent\\s+(decades|years|months|weeks|days)\\b"), TimexType.DURATION,
                    (m, r, t) -> "PX" + unitCode(m.group(1))),
            new Rule(TimexTriggers.UNIT, Pattern.compile("(?i)\\b(decades|years|months|weeks)\\b(?=\\s+(?:ago|of|later))"), TimexType.DURATION,
                    (m, r, t) -> "PX" + unitCode(m.group(1))),
            // sets
            new Rule(TimexTriggers.SET, Pattern.compile("(?i)\\b(daily|weekly|monthly|annually|yearly|nightly|hourly)\\b"), TimexType.SET,
                    (m, r, t) -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "daily", "nightly" -> "P1D";
                        case "weekly" -> "P1W";
                        case "monthly" -> "P1M";
                        case "hourly" -> "PT1H";
                        default -> "P1Y";
                    }),
            // years and months alone
            new Rule(TimexTriggers.DIGIT4, Pattern.compile("(?<![$\\d.,-])\\b(19\\d\\d|20\\d\\d)\\b(?![\\d,.]\\d|\\s*%|-\\d|\\s*(?:GMT|hours|hrs))"),
                    TimexType.DATE, (m, r, t) -> m.group(1)),
            new Rule(TimexTriggers.MONTH, Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"),
                    TimexType.DATE, (m, r, t) -> monthOnly(m, r, t)),
            // references to the present, past and future
            new Rule(TimexTriggers.PRESENT, Pattern.compile("(?i)\\b(now|currently|at present|nowadays|recently|lately|the past|the future|"
                    + "previously|former(?:ly)?)\\b"), TimexType.DATE, (m, r, t) -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "now", "currently", "at present", "nowadays" -> "PRESENT_REF";
                        case "the future" -> "FUTURE_REF";
                        case "former", "formerly", "previously" -> null;
                        default -> "PAST_REF";
                    }));

    /** The timexes of {@code text}, relative ones resolved against {@code ref} (nullable). */
    List<Timex> find(String text, LocalDate ref) {
        return find(text, ref, true);
    }

    /**
     * With {@code prescan}, each pattern runs only on windows around the tokens that can start or end one of its
     * matches (see {@link TimexTriggers}); without, over the whole text. Both give the same timexes: every match of a
     * rule contains one of its trigger tokens and spans at most {@link TimexTriggers#REACH} whitespace-separated words on
     * either side of it, and a matcher limited to a region (transparent bounds) finds there exactly the whole-text
     * matches that lie inside it.
     */
    List<Timex> find(String text, LocalDate ref, boolean prescan) {
        List<Timex> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        TriggerScan.Scan triggers = prescan ? TimexTriggers.scan(text) : null;
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (triggers == null) {
                collect(rule, m, 0, text.length(), text, ref, taken, out);
                continue;
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int[] windows = triggers.windows(rule.triggers());
            for (int w = 0; w < windows.length; w += 2) {
                collect(rule, m, windows[w], windows[w + 1], text, ref, taken, out);
            }
        }
        out.sort(Comparator.comparingInt(Timex::start));
        return out;
    }

    private static void collect(Rule rule, Matcher m, int from, int to, String text, LocalDate ref, boolean[] taken,
            List<Timex> out) {
        m.region(from, to);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String value;
            try {
                value = rule.valuer().value(m, ref, text);
            } catch (DateTimeException | NumberFormatException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            int s = m.start();
            int e = m.end();
            out.add(new Timex(s, e, text.substring(s, e), rule.type(), value));
            for (int k = s; k < e; k++) {
                taken[k] = true;
            }
        }
    }

    private static boolean overlaps(boolean[] taken, int s, int e) {
        for (int k = s; k < e; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static String ymd(String year, int month, String day) {
        return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
    }

    private static int hour(String h, String ampm) {
        int v = Integer.parseInt(h);
        if (v < 1 || v > 12) {
            throw new NumberFormatException("hour " + h);
        }
        boolean pm = ampm.equalsIgnoreCase("p");
        return v % 12 + (pm ? 12 : 0);
    }

    private static int afternoonHour(int h) {
        return h >= 1 && h <= 6 ? h + 12 : h;
    }

    /**
     * The day a time of day names right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9": groups {@code g} to
     * {@code g + 2} of {@link #DAY_AFTER}), else the reference date.
     */
    private static LocalDate dayAfter(Matcher m, int g, LocalDate r, String text) {
        if (r == null) {
            return null;
        }
        if (m.group(g) != null) {
            return weekdayDate(DayOfWeek.valueOf(m.group(g).toUpperCase(Locale.ROOT)), r, future(text, m.start()));
        }
        if (m.group(g + 1) != null) {
            return LocalDate.parse(monthDay(r, month(m.group(g + 1)), Integer.parseInt(m.group(g + 2)), text, m.start()));
        }
        return r;
    }

    private static String time(LocalDate day, int hour, String minutes) {
        String d = day == null ? "XXXX-XX-XX" : day.toString();
        return String.format(Locale.ROOT, "%sT%02d:%s", d, hour, minutes == null ? "00" : minutes);
    }

    private static String partOfDay(Matcher m, LocalDate r, String text) {
        String code = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        String which = m.group(1).toLowerCase(Locale.ROOT);
        if (r == null) {
            return "XXXX-XX-XXT" + code;
        }
        LocalDate d = switch (which) {
            case "yesterday", "last" -> r.minusDays(1);
            case "tomorrow" -> r.plusDays(1);
            case "this" -> r;
            default -> weekdayDate(DayOfWeek.valueOf(which.toUpperCase(Locale.ROOT)), r, future(text, m.start()));
        };
        return d + "T" + code;
    }

    private static String monthDay(LocalDate r, int month, int day, String text, int at) {
        if (r == null) {
            return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
        // the last such day, or the next one when it is close ahead (or after a future cue)
        LocalDate last = LocalDate.of(r.getYear(), month, day);
        if (last.equals(r)) {
            return r.toString();
        }
        if (last.isAfter(r)) {
            last = last.minusYears(1);
        }
        LocalDate next = last.plusYears(1);
        boolean ahead = !next.isAfter(r.plusDays(NEAR_DAYS))
                || !next.isAfter(r.plusMonths(CUED_MONTHS)) && future(text, at);
        return (ahead ? next : last).toString();
    }

    private String weekday(Matcher m, LocalDate r, String text) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (r == null) {
            return "XXXX-WXX-" + dow.getValue();
        }
        boolean future = switch (mod) {
            case "next", "coming" -> true;
            case "last", "past" -> false;
            default -> future(text, m.start());
        };
        if (mod.equals("last")) {
            return r.with(TemporalAdjusters.previous(dow)).toString();
        }
        return weekdayDate(dow, r, future).toString();
    }

    private static LocalDate weekdayDate(DayOfWeek dow, LocalDate r, boolean future) {
        return future ? r.with(TemporalAdjusters.nextOrSame(dow)) : r.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static boolean future(String text, int at) {
        int from = Math.max(0, at - 110);
        String before = text.substring(from, at);
        if (FUTURE_CUE.matcher(before).find()) {
            return true;
        }
        boolean opensSentence = AFTER_SENTENCE_END.matcher(before).find()
                || from == 0 && AT_TEXT_START.matcher(before).find();
        if (!opensSentence) {
            return false;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return FUTURE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80))).find();
    }

    private static String relativePeriod(String which, String unit, LocalDate r) {
        String w = which.toLowerCase(Locale.ROOT);
        String u = unit.toLowerCase(Locale.ROOT);
        if (w.equals("past") && !u.equals("weekend")) {
            return duration("1", u);
        }
        if (r == null) {
            return switch (w) {
                case "this" -> "PRESENT_REF";
                case "next", "coming" -> "FUTURE_REF";
                default -> "PAST_REF";
            };
        }
        int delta = switch (w) {
            case "last", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (u) {
            case "week" -> week(r.plusWeeks(delta));
            case "weekend" -> week(r.plusWeeks(delta)) + "-WE";
            case "month" -> YearMonth.from(r).plusMonths(delta).toString();
            case "quarter" -> {
                LocalDate q = r.plusMonths(3L * delta);
                yield q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR);
            }
            default -> String.valueOf(r.getYear() + delta);
        };
    }

    /** A named quarter: of the year given, else of the reference year, or the year before when it is months ahead. */
    private static String namedQuarter(int q, String year, LocalDate r) {
        if (year != null) {
            return year + "-Q" + q;
        }
        if (r == null) {
            return "XXXX-Q" + q;
        }
        LocalDate start = LocalDate.of(r.getYear(), 3 * q - 2, 1);
        return (start.isAfter(r.plusMonths(3)) ? r.getYear() - 1 : r.getYear()) + "-Q" + q;
    }

    /**
     * "The quarter", "the latest quarter": the quarter last named before it in the text (any distance: a quarterly
     * report names its quarter once, at the top), else the latest whole quarter before the reference date ("the
     * current quarter": the reference date's).
     */
    private static String reportedQuarter(Matcher m, LocalDate r, String text) {
        if (r == null) {
            return "XXXX-QX";
        }
        if ("current".equalsIgnoreCase(m.group(1))) {
            return r.getYear() + "-Q" + r.get(IsoFields.QUARTER_OF_YEAR);
        }
        return reportedQuarter(m.start(), "latest".equalsIgnoreCase(m.group(1)), r, text);
    }

    /** The quarter in question at {@code at}, or null without a reference date. */
    private static String reportedQuarter(int at, boolean latest, LocalDate r, String text) {
        if (r == null) {
            return null;
        }
        Matcher named = NAMED_QUARTER.matcher(text).region(0, at);
        String last = null;
        while (!latest && named.find()) {
            last = named.group(1);
        }
        if (last != null) {
            return namedQuarter(ordinal(last), null, r);
        }
        LocalDate before = r.minusMonths(3);
        return before.getYear() + "-Q" + before.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** "The year-ago quarter": the reported quarter, a year before; "year-earlier" alone: last year. */
    private static String yearAgo(Matcher m, LocalDate r, String text) {
        if (r == null) {
            return "PAST_REF";
        }
        if (m.group(1) == null) {
            return String.valueOf(r.getYear() - 1);
        }
        String q = reportedQuarter(m.start(), false, r, text);
        return (r.getYear() - 1) + q.substring(q.indexOf('-'));
    }

    private static String yearsQuarter(Matcher m, LocalDate r, String text) {
        int year;
        if (m.group(2) != null) {
            year = Integer.parseInt(m.group(2));
        } else if (r == null) {
            return null;
        } else {
            year = r.getYear() + switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        }
        if (m.group(3) != null) {
            return year + "-Q" + ordinal(m.group(3));
        }
        String q = reportedQuarter(m.start(), false, r, text);
        return q == null ? String.valueOf(year) : year + q.substring(q.indexOf('-'));
    }

    /** "The weekend": the coming one after a future cue or on a Friday, else the last one (or this one, on it). */
    private static String weekend(Matcher m, LocalDate r, String text) {
        if (r == null) {
            return "XXXX-WXX-WE";
        }
        boolean future = r.getDayOfWeek() == DayOfWeek.FRIDAY || future(text, m.start());
        LocalDate saturday = future ? r.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : r.getDayOfWeek() == DayOfWeek.SUNDAY ? r.minusDays(1)
                : r.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return week(saturday) + "-WE";
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String ago(Matcher m, LocalDate r) {
        Integer n = numberOrNull(m.group(1));
        if (r == null || n == null) {
            return "PAST_REF";
        }
        String dir = m.group(3).toLowerCase(Locale.ROOT);
        int sign = dir.equals("later") || dir.equals("from now") ? 1 : -1;
        int k = sign * n;
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> r.plusDays(k).toString();
            case "week" -> week(r.plusWeeks(k));
            case "month" -> YearMonth.from(r).plusMonths(k).toString();
            default -> String.valueOf(r.getYear() + k);
        };
    }

    private static String season(Matcher m, LocalDate r) {
        String code = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        if (m.group(3) != null) {
            return m.group(3) + "-" + code;
        }
        if (m.group(1) == null) {
            return null;
        }
        if (r == null) {
            return "XXXX-" + code;
        }
        int delta = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return (r.getYear() + delta) + "-" + code;
    }

    private static String monthOnly(Matcher m, LocalDate r, String text) {
        String name = m.group(1);
        if (name.equals("May") && !MAY_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
            return null; // the verb "may"
        }
        int month = month(name);
        if (r == null) {
            return String.format(Locale.ROOT, "XXXX-%02d", month);
        }
        // the last such month, or the next one when it is close ahead (or after a future cue)
        YearMonth now = YearMonth.from(r);
        YearMonth last = YearMonth.of(r.getYear(), month);
        if (last.isAfter(now)) {
            last = last.minusYears(1);
        }
        YearMonth next = last.equals(now) ? now : last.plusYears(1);
        String before = text.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT);
        if (before.endsWith("last ")) {
            return (last.equals(now) ? now.minusYears(1) : last).toString();
        }
        boolean ahead = before.endsWith("next ") || !next.isAfter(now.plusMonths(NEAR_MONTHS))
                || !next.isAfter(now.plusMonths(CUED_MONTHS)) && future(text, m.start());
        return (ahead ? next : last).toString();
    }

    private static String duration(String n, String unit) {
        Integer v = numberOrNull(n);
        String u = unitCode(unit);
        String count = v == null ? "X" : String.valueOf(v);
        if (n.matches("\\d+\\.\\d+")) {
            count = n;
        }
        return switch (u) {
            case "H", "MIN", "S" -> "PT" + count + (u.equals("MIN") ? "M" : u);
            case "DE" -> "P" + (v == null ? "X" : String.valueOf(v * 10)) + "Y";
            case "CE" -> "P" + (v == null ? "X" : String.valueOf(v * 100)) + "Y";
            case "Q" -> "P" + count + "Q";
            default -> "P" + count + u;
        };
    }

    private static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return "S";
        }
        if (u.startsWith("minute")) {
            return "MIN";
        }
        if (u.startsWith("hour")) {
            return "H";
        }
        if (u.startsWith("day")) {
            return "D";
        }
        if (u.startsWith("week")) {
            return "W";
        }
        if (u.startsWith("month")) {
            return "M";
        }
        if (u.startsWith("decade")) {
            return "DE";
        }
        if (u.startsWith("centur")) {
            return "CE";
        }
        if (u.startsWith("quarter")) {
            return "Q";
        }
        return "Y";
    }

    private static String setValue(String what) {
        String w = what.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            default -> "XXXX-WXX-" + DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT)).getValue();
        };
    }

    private static int ordinal(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static int number(String s) {
        Integer v = numberOrNull(s);
        if (v == null) {
            throw new NumberFormatException(s);
        }
        return v;
    }

    /** A small count in digits or words; null for vague words ("several", "few"). */
    static Integer numberOrNull(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        if (w.matches("\\d+\\.\\d+")) {
            return (int) Math.round(Double.parseDouble(w));
        }
        return WORDS.get(w);
    }

    static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new NumberFormatException("not a month: " + name);
        };
    }

}
