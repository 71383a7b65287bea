package org.storyline.extract;

import java.util.List;
import java.util.Objects;

/**
 * The facts of one article, every span in the same text (the article's original text once
 * {@link FactExtractor#extract(org.storyline.model.Article)} mapped them), lists in text order.
 *
 * @param mode     the mode that produced them
 * @param degraded true when {@link FactMode#FULL} was asked for but the article went over its time or size budget
 *                 and was processed in {@link FactMode#FAST} mode
 */
public record ArticleFacts(String id, FactMode mode, boolean degraded, List<EntityMention> entities,
        List<Timex> timexes, List<Quantity> quantities, List<Quote> quotes) {
    public ArticleFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }

    public ArticleFacts withResolved(List<EntityMention> resolvedEntities, List<Quote> resolvedQuotes) {
        return new ArticleFacts(id, mode, degraded, resolvedEntities, timexes, quantities, resolvedQuotes);
    }
}
