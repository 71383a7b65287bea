package org.storyline.extract;

import java.util.Objects;

/**
 * A named-entity mention {@code [start, end)} in an article's text.
 *
 * @param entity the canonical entity id after resolution ({@link EntityResolver}); null before
 */
public record EntityMention(int start, int end, String text, EntityType type, String entity) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public EntityMention(int start, int end, String text, EntityType type) {
        this(start, end, text, type, null);
    }

    public EntityMention withEntity(String id) {
        return new EntityMention(start, end, text, type, id);
    }
}
