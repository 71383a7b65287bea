package org.storyline.index;

import java.util.Objects;

/**
 * One search: the query, how to match it, the filter and the page of event groups wanted.
 *
 * @param page 1-based page of groups
 * @param size groups per page
 */
public record SearchRequest(String query, SearchMode mode, SearchFilter filter, int page, int size) {
    /** Groups beyond this rank are never returned (page × size must stay within it). */
    public static final int MAX_RANK = 1000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        filter = filter == null ? SearchFilter.NONE : filter;
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
        if ((long) page * size > MAX_RANK) {
            throw new IllegalArgumentException("only the first " + MAX_RANK + " results can be paged through");
        }
    }
}
