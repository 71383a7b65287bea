package org.storyline.dates;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.storyline.model.DatePrecision;

/**
 * One date expression found in a text, with its span {@code [start, end)} and exact text.
 *
 * @param kind      what kind of expression it is
 * @param start     start offset in the text
 * @param end       end offset in the text (exclusive)
 * @param text      the expression as written, e.g. {@code "December 27, 2023"}, {@code "In November"}
 * @param date      the earliest day the article can have if this expression reports the past: the day itself
 *                  ({@link Kind#FULL_DATE}), the 1st of the month ({@link Kind#MONTH_YEAR}), the 1st of the month
 *                  after the period ({@link Kind#FIRST_MONTHS}), January 1st ({@link Kind#YEAR}); null for
 *                  expressions without a year
 * @param precision precision of {@code date}; null when {@code date} is null
 * @param year      the year written in the expression, or 0 when none
 * @param month     the month named by a {@link Kind#MONTH_ONLY} expression; null otherwise
 * @param future    true when the expression looks ahead ("by 2030", "next May", "will … in 2026"); such
 *                  expressions never raise the lower bound of the article's date
 */
public record DateMention(
        Kind kind,
        int start,
        int end,
        String text,
        LocalDate date,
        DatePrecision precision,
        int year,
        Month month,
        boolean future) {

    /** Kinds of date expressions. */
    public enum Kind {
        /** "December 27, 2023", "Dec. 27, 2023", "27 December 2023", "2023-12-27", "12/27/2023". */
        FULL_DATE,
        /** "December 2023", "May of 2019". */
        MONTH_YEAR,
        /** "the first 11 months of 2023". */
        FIRST_MONTHS,
        /** A year in a date context: "in 2023", "since 2019", "of 2023", "by 2030". */
        YEAR,
        /** A month without a year after a preposition: "In November", "in May", "last November", "by June". */
        MONTH_ONLY,
        /** "this month". */
        THIS_MONTH,
        /** "this year". */
        THIS_YEAR,
        /** "last month". */
        LAST_MONTH,
        /** "last week". */
        LAST_WEEK
    }

    public DateMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((date == null) != (precision == null)) {
            throw new IllegalArgumentException("date and precision go together");
        }
    }

    /** The expression in double quotes, as evidence strings quote it. */
    public String quoted() {
        return '"' + text + '"';
    }
}
