package org.storyline.index;

import java.time.LocalDate;

/**
 * Restricts a search or a listing; every null field means "any". Dates are inclusive and compare with the
 * first day of the article's known period; an undated article never matches a date filter.
 */
public record SearchFilter(String source, String lang, LocalDate from, LocalDate to, String event,
        String storyline) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null);

    public SearchFilter {
        source = blankToNull(source);
        lang = blankToNull(lang);
        event = blankToNull(event);
        storyline = blankToNull(storyline);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
