package org.storyline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a publication date: {@code 2023-12-27}, or an ISO date-time with or without offset or zone
 * ({@code 2023-12-27T10:00:00Z}, {@code 2023-12-27T10:00:00}, {@code 2023-12-27T10:00+01:00[Europe/Paris]};
 * a space instead of the {@code T} is accepted). A date-time gives its own calendar date, not converted to UTC:
 * {@code 2023-12-27T23:30:00-05:00} is 2023-12-27, the day the publisher printed.
 */
final class PublishedDate {
    private PublishedDate() {
    }

    /** The date, or null when {@code value} is none of the accepted forms. */
    static LocalDate parse(String value) {
        String text = value.strip();
        LocalDate date = parse(text, DateTimeFormatter.ISO_DATE);
        if (date == null) {
            date = parse(text, DateTimeFormatter.ISO_DATE_TIME);
        }
        if (date == null && text.length() > 10 && text.charAt(10) == ' ') {
            date = parse(text.substring(0, 10) + 'T' + text.substring(11), DateTimeFormatter.ISO_DATE_TIME);
        }
        return date;
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return format.parse(text, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
