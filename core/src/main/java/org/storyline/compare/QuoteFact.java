package org.storyline.compare;

/** Quoted speech: the words inside the quotation marks and the speaker the article names (null when unnamed). */
public record QuoteFact(ArticleSentence sentence, int start, int end, String text, String speaker)
        implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.QUOTE;
    }
}
