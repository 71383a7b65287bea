package org.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article exactly as read from the input, before any stage ran. Only {@code id}, {@code text} and
 * {@code origin} are required; every other field may be null when the input did not give it.
 */
public record RawArticle(
        String id,
        String title,
        String text,
        LocalDate published,
        String source,
        String url,
        String lang,
        Origin origin) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank (" + origin + ")");
        }
    }
}
