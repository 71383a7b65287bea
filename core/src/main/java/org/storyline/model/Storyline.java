package org.storyline.model;

import java.util.List;
import java.util.Objects;

/** Events that continue one story, in chronological order (undated events last, by id). */
public record Storyline(String id, String title, List<String> eventIds) {
    public Storyline {
        Objects.requireNonNull(id, "id");
        eventIds = List.copyOf(eventIds);
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("storyline " + id + " has no events");
        }
    }
}
