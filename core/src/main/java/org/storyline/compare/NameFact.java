package org.storyline.compare;

import org.storyline.text.Folding;

/**
 * A person's full name as written: given name and surname (the last two words of the mention, titles left out)
 * and the canonical entity it was resolved to (null when unresolved).
 */
public record NameFact(ArticleSentence sentence, int start, int end, String text, String given, String surname,
        String entity) implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.NAME;
    }

    /** The person the name stands for: the entity id when resolved, else the folded surname. */
    public String personKey() {
        return entity != null ? entity : "surname:" + Folding.fold(surname);
    }
}
