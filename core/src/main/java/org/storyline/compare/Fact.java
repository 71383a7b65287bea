package org.storyline.compare;

/**
 * Something an article states that can be compared with other articles: a quantity, a date, a quote or a
 * person's name, found at {@code [start, end)} of the article's cleaned text inside {@link #sentence()}.
 */
public sealed interface Fact permits QuantityFact, DateFact, QuoteFact, NameFact {
    /** The sentence the fact was found in. */
    ArticleSentence sentence();

    /** Start offset of the mention in the article's cleaned text. */
    int start();

    /** End offset (exclusive). */
    int end();

    /** The mention as written. */
    String text();

    FactKind kind();

    default String articleId() {
        return sentence().articleId();
    }
}
