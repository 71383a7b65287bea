package org.storyline.ingest;

import java.time.LocalDate;
import java.util.List;
import org.storyline.model.Origin;

/**
 * One item of an RSS or Atom feed, as far as the feed tells: every field but {@code origin} and {@code authors}
 * may be null.
 *
 * @param text         the item's summary or content as plain text, paragraphs separated by blank lines
 * @param dateEvidence where {@code published} was read ({@code feed pubDate "..."})
 */
record FeedItem(Origin origin, String url, String title, String text, LocalDate published, String dateEvidence,
        List<String> authors, String source, String lang) {

    FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
