package org.storyline.compare;

import org.storyline.text.Folding;

/**
 * Quoted speech: the words inside the quotation marks, the speaker as the comparison names it (the canonical name
 * of the resolved speaker, else as written; null when unnamed) and the speaker's canonical entity id (null when
 * unresolved).
 */
public record QuoteFact(ArticleSentence sentence, int start, int end, String text, String speaker, String entity)
        implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.QUOTE;
    }

    /** Who said it, for comparing speakers: the entity id when resolved, else the folded surname; null when unnamed. */
    public String speakerKey() {
        if (entity != null) {
            return entity;
        }
        if (speaker == null) {
            return null;
        }
        String[] w = Folding.fold(speaker).strip().split("\\s+");
        return "surname:" + w[w.length - 1];
    }
}
