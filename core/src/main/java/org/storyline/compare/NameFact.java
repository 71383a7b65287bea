package org.storyline.compare;

/** A person's name as written: given name and surname (the last two words of a capitalized run). */
public record NameFact(ArticleSentence sentence, int start, int end, String text, String given, String surname)
        implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.NAME;
    }
}
