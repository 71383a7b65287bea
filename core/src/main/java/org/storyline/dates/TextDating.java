package org.storyline.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

/**
 * Infers an article's own (publication) date from its text, never guessing: without evidence the article is
 * undated.
 *
 * <p>The reasoning: an article is written at or after every past date it reports. So each past date expression
 * in the text ({@link DateMentions}) is a lower bound, and the article's date is the latest of them, at the
 * precision of the expression that decided it:
 * <ul>
 *   <li>a full date ("March 3, 2025") gives that day ({@link DatePrecision#DAY});</li>
 *   <li>a month and year ("December 2023", "in the first week of March 2025") gives that month
 *       ({@link DatePrecision#MONTH});</li>
 *   <li>"the first N months of YYYY" gives month N+1 of YYYY: those months are over when the article reports
 *       them ("the first 11 months of 2023" → December 2023);</li>
 *   <li>"this month" next to a past month-only mention M ("In November, agents apprehended … This month, …")
 *       pins the article's month to the month after M: a report of last month's figures next to this month's.
 *       With a year in the text, the month is M+1 of the latest explicit year Y (January of Y+1 after December);
 *       without any year, the month is still known and returned as {@link TextDateResult#monthWithoutYear()}, so
 *       the event can supply the year ({@link EventDating}).</li>
 *   <li>A year alone ("in 2023", "since 2019") gives {@link DatePrecision#YEAR} only when nothing finer exists,
 *       or when it is a later year than everything finer (the finer dates are then of earlier years and say
 *       less).</li>
 * </ul>
 * The latest bound wins; between bounds on the same first day, the finer precision wins.
 *
 * <p>The "this month" pin is a reading of the text, so it is taken only when the text really has that shape:
 * the month is named as "in M" / "during M" (not "last M", which usually means a year ago, nor "since M"), in a
 * sentence with a past-tense verb, and "this month" is in the same sentence or the next one. It is refused when
 * the text also gives an explicit date in month M of year Y (then M is more likely the current month). Measured
 * on dated corpora, the looser "any month-only mention anywhere + this month" was wrong more often than right.
 *
 * <p>What is not evidence:
 * <ul>
 *   <li>future-looking expressions ("by 2030", "until 2026", "next May", "in the coming …", "scheduled for …",
 *       "notes due 1992", "will … in 2026"; see {@link DateMentions}) never raise the bound;</li>
 *   <li>a month without year alone ("in May", "In November") pins nothing: it is some May before the article,
 *       of an unknown year. Resolving it to the latest year of the text is a guess that fails whenever the
 *       month is of the previous year ("released in September", in an article of February 2013 that mentions
 *       "February 11, 2013", is September 2012); on the gva-dev and Timeline17 corpora that guess put about a
 *       fifth to a half of its datings after the real publication date, so it is not made;</li>
 *   <li>"last week", "last month", "this year" and weekdays ("on Wednesday") pin nothing by themselves.</li>
 * </ul>
 *
 * <p>The evidence string quotes the phrases that decided, e.g. {@code "In November" + "This month" + year 2023
 * from "May 27, 2023"}. Pure and stateless.
 */
public final class TextDating {
    /** A past-tense verb form: "was", "were", "had", "did", or a word ending in -ed (apprehended, reported). */
    private static final Pattern PAST_VERB = Pattern.compile(
            "\\b(?:was|were|had|did|said|rose|fell|saw|grew|came|went|took|made|began|left|met|told|\\p{L}{2,}ed)\\b");
    private static final Pattern PIN_PREPOSITION = Pattern.compile("(?i)^(?:in|during)\\s");

    private final DateMentions mentions;

    public TextDating() {
        this(new DateMentions());
    }

    public TextDating(DateMentions mentions) {
        this.mentions = Objects.requireNonNull(mentions, "mentions");
    }

    public TextDateResult infer(String text) {
        Objects.requireNonNull(text, "text");
        List<DateMention> past = mentions.find(text).stream().filter(m -> !m.future()).toList();

        DateMention yearSource = past.stream()
                .filter(m -> m.year() > 0)
                .max(Comparator.comparingInt(DateMention::year))
                .orElse(null);

        List<Bound> fine = new ArrayList<>();
        DateMention yearOnly = null;
        for (DateMention m : past) {
            switch (m.kind()) {
                case FULL_DATE, MONTH_YEAR, FIRST_MONTHS -> fine.add(new Bound(m.date(), m.precision(), m.quoted()));
                case YEAR -> {
                    if (yearOnly == null || m.year() > yearOnly.year()) {
                        yearOnly = m;
                    }
                }
                default -> {
                    // month-only and deictic expressions pin nothing alone; "this month" is handled below
                }
            }
        }

        Pin pin = pin(text, past, yearSource);
        if (pin != null && yearSource != null) {
            LocalDate d = YearMonth.of(yearSource.year(), pin.previous.month()).plusMonths(1).atDay(1);
            fine.add(new Bound(d, DatePrecision.MONTH, pin.evidence() + " + year " + yearSource.year() + " from "
                    + yearSource.quoted()));
        }

        Bound best = fine.stream()
                .max(Comparator.comparing(Bound::date)
                        .thenComparing(Bound::precision, Comparator.reverseOrder()))
                .orElse(null);
        if (yearOnly != null && (best == null || yearOnly.year() > best.date().getYear())) {
            best = new Bound(yearOnly.date(), DatePrecision.YEAR, yearOnly.quoted());
        }
        if (best != null) {
            return new TextDateResult(new Dating(best.date(), best.precision(), DateSource.TEXT, best.evidence()),
                    null, null);
        }
        if (pin != null) {
            return new TextDateResult(Dating.undated(), pin.previous.month().plus(1), pin.evidence());
        }
        return TextDateResult.undated();
    }

    /** "In M, … [past]. This month, …": the month-only mention and the "this month" that pin the month; or null. */
    private static Pin pin(String text, List<DateMention> past, DateMention yearSource) {
        for (DateMention thisMonth : past) {
            if (thisMonth.kind() != DateMention.Kind.THIS_MONTH) {
                continue;
            }
            int sentence = DateMentions.sentenceStart(text, thisMonth.start());
            int previousSentence = sentence > 0 ? DateMentions.sentenceStart(text, sentence - 1) : 0;
            DateMention best = null;
            for (DateMention m : past) {
                if (m.kind() != DateMention.Kind.MONTH_ONLY
                        || !PIN_PREPOSITION.matcher(m.text()).find()
                        || m.start() < previousSentence
                        || m.start() > thisMonth.start()
                        || !pastTense(text, m)
                        || explicitDateIn(past, m.month(), yearSource)) {
                    continue;
                }
                best = m;
            }
            if (best != null) {
                return new Pin(best, thisMonth);
            }
        }
        return null;
    }

    private static boolean pastTense(String text, DateMention m) {
        int s = DateMentions.sentenceStart(text, m.start());
        int e = m.end();
        while (e < text.length() && !(".!?".indexOf(text.charAt(e)) >= 0
                && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        String sentence = text.substring(s, m.start()) + " " + text.substring(m.end(), Math.min(e, text.length()));
        return PAST_VERB.matcher(sentence).find();
    }

    private static boolean explicitDateIn(List<DateMention> past, Month month, DateMention yearSource) {
        if (yearSource == null) {
            return false;
        }
        for (DateMention m : past) {
            boolean explicit = m.kind() == DateMention.Kind.FULL_DATE || m.kind() == DateMention.Kind.MONTH_YEAR;
            if (explicit && m.date().getMonth() == month && m.date().getYear() == yearSource.year()) {
                return true;
            }
        }
        return false;
    }

    private record Pin(DateMention previous, DateMention thisMonth) {
        String evidence() {
            return previous.quoted() + " + " + thisMonth.quoted();
        }
    }

    private record Bound(LocalDate date, DatePrecision precision, String evidence) {}
}
