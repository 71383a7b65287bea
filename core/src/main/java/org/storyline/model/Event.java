package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A real-world happening reported by one or more articles.
 *
 * @param start    earliest date of a dated member, or null when no member is dated
 * @param end      latest date of a dated member, or null
 * @param sources  distinct outlets of the members, sorted
 * @param summary  a short extractive summary
 * @param keyEntities the names most of its articles mention, most telling first (may be empty)
 */
public record Event(
        String id,
        List<String> articleIds,
        LocalDate start,
        LocalDate end,
        String headline,
        String summary,
        List<String> sources,
        List<String> keyEntities) {

    public Event {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
        keyEntities = keyEntities == null ? List.of() : List.copyOf(keyEntities);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no articles");
        }
    }

    /** An event without key entities. */
    public Event(String id, List<String> articleIds, LocalDate start, LocalDate end, String headline, String summary,
            List<String> sources) {
        this(id, articleIds, start, end, headline, summary, sources, List.of());
    }
}
