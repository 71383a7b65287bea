package org.storyline.compare;

import java.util.List;
import org.storyline.model.Article;

/**
 * Where the comparison gets an article's facts from. {@link RuleFactSource} is a small rule-based extractor; a
 * richer extractor (entities with canonical ids, timexes, quotes with speakers) can be plugged in instead.
 */
@FunctionalInterface
public interface FactSource {
    /**
     * The facts of {@code article}, each inside one of {@code sentences} (the article's sentences, offsets into
     * its cleaned text), in text order.
     */
    List<Fact> facts(Article article, List<ArticleSentence> sentences);
}
