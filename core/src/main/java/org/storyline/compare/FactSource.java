package org.storyline.compare;

import java.util.List;
import org.storyline.model.Article;

/**
 * Where the comparison gets an article's facts from: {@link ExtractedFactSource}, the facts of
 * {@link org.storyline.extract.FactExtractor} with their entities resolved across articles.
 */
@FunctionalInterface
public interface FactSource {
    /**
     * The facts of {@code article}, each inside one of {@code sentences} (the article's sentences, offsets into
     * its cleaned text), in text order.
     */
    List<Fact> facts(Article article, List<ArticleSentence> sentences);
}
