package org.storyline.index;

import java.util.List;

/**
 * A page of event groups.
 *
 * @param total    the number of groups found (within the first {@link SearchRequest#MAX_RANK} matches)
 * @param articles the number of matching articles in those groups
 */
public record SearchResults(SearchRequest request, int total, int articles, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
