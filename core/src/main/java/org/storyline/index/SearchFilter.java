package org.storyline.index;

import java.time.LocalDate;
import java.util.Set;

/**
 * Restricts a search or a listing; every null field means "any". Dates are inclusive and compare with the
 * first day of the article's known period; an undated article never matches a date filter.
 *
 * @param articles the only articles allowed (e.g. those mentioning an entity), or null for any; an empty set
 *                 matches nothing
 */
public record SearchFilter(String source, String lang, LocalDate from, LocalDate to, String event,
        String storyline, Set<String> articles) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null);

    public SearchFilter {
        source = blankToNull(source);
        lang = blankToNull(lang);
        event = blankToNull(event);
        storyline = blankToNull(storyline);
        articles = articles == null ? null : Set.copyOf(articles);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** A filter without an article restriction. */
    public SearchFilter(String source, String lang, LocalDate from, LocalDate to, String event, String storyline) {
        this(source, lang, from, to, event, storyline, null);
    }

    /** This filter, allowing only {@code ids} (null: any article). */
    public SearchFilter withArticles(Set<String> ids) {
        return new SearchFilter(source, lang, from, to, event, storyline, ids);
    }

    /** True when {@code articleId} passes the article restriction. */
    public boolean allows(String articleId) {
        return articles == null || articles.contains(articleId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
