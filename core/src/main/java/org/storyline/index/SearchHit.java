package org.storyline.index;

import java.util.List;

/**
 * The best-ranked article of one event group.
 *
 * @param event     the article's event, or null when it belongs to none
 * @param score     the ranking score (BM25, cosine similarity, or the fused reciprocal-rank score)
 * @param others    ids of the group's other matching articles, in rank order
 */
public record SearchHit(String articleId, String event, double score, Snippet snippet, List<String> others) {
    public SearchHit {
        others = List.copyOf(others);
    }
}
