package org.storyline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article exactly as read from the input, before any stage ran. Only {@code id}, {@code text} and
 * {@code origin} are required; every other field may be null when the input did not give it ({@code authors} is
 * then empty).
 *
 * @param dateEvidence where {@code published} was read, e.g. {@code JSON-LD datePublished "2023-12-27T10:00Z"} or
 *                     {@code URL /2023/12/27/}; null means "published date in the input"
 * @param fetched      when the page was fetched (a WARC record's date), not a publication date
 */
public record RawArticle(
        String id,
        String title,
        String text,
        LocalDate published,
        String source,
        String url,
        String lang,
        Origin origin,
        List<String> authors,
        String dateEvidence,
        Instant fetched) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank (" + origin + ")");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        if (dateEvidence != null && published == null) {
            throw new IllegalArgumentException("date evidence without a published date (" + origin + ")");
        }
    }

    /** An article without authors, date evidence or fetch time: the fields of plain-text and JSONL input. */
    public RawArticle(String id, String title, String text, LocalDate published, String source, String url,
            String lang, Origin origin) {
        this(id, title, text, published, source, url, lang, origin, List.of(), null, null);
    }
}
