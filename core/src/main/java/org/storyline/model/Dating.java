package org.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's date with its evidence. {@code date} is the first day of the known period (the 1st of the month
 * for {@link DatePrecision#MONTH}, January 1st for {@link DatePrecision#YEAR}); null only when undated.
 */
public record Dating(LocalDate date, DatePrecision precision, DateSource source, String evidence) {
    private static final Dating UNDATED = new Dating(null, null, DateSource.NONE, "");

    public Dating {
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? "" : evidence;
        if ((date == null) != (source == DateSource.NONE)) {
            throw new IllegalArgumentException("a date needs a source other than NONE, and NONE needs no date");
        }
        if (date != null && precision == null) {
            throw new IllegalArgumentException("a date needs a precision");
        }
    }

    public static Dating undated() {
        return UNDATED;
    }

    public static Dating given(LocalDate date) {
        return new Dating(date, DatePrecision.DAY, DateSource.GIVEN, "published date in the input");
    }

    public boolean isDated() {
        return date != null;
    }

    /** ISO 8601 at the known precision: {@code 2023-12-27}, {@code 2023-12} or {@code 2023}; null when undated. */
    public String iso() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    /**
     * How far the date can be trusted, on a fixed scale (not a calibrated probability): 1.0 given by the input;
     * inferred from the article's own text 0.8 to the day, 0.7 to the month, 0.6 to the year; completed from the
     * other articles of its event 0.5; 0 when undated.
     */
    public double confidence() {
        return switch (source) {
            case GIVEN -> 1.0;
            case TEXT -> switch (precision) {
                case DAY -> 0.8;
                case MONTH -> 0.7;
                case YEAR -> 0.6;
            };
            case EVENT -> 0.5;
            case NONE -> 0.0;
        };
    }

    /** The last day of the known period; null when undated. */
    public LocalDate latest() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }
}
