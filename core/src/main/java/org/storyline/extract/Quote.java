package org.storyline.extract;

import java.util.Objects;

/**
 * A quotation {@code [start, end)} (the quoted content, quotation marks excluded; or, for an indirect quote, the
 * reported clause) with its speaker mention as written ({@code speakerStart..speakerEnd}, -1 when unknown).
 *
 * @param direct     true for text within quotation marks
 * @param referentStart start of the person mention the speaker refers to (the speaker itself, or for a pronoun the
 *                   person it stands for); -1 when none. Used to resolve {@link #entity}
 * @param entity     the speaker's canonical entity id after resolution; null when unknown
 */
public record Quote(int start, int end, String text, boolean direct, String speaker, int speakerStart,
        int speakerEnd, int referentStart, String entity) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }

    public Quote withEntity(String id) {
        return new Quote(start, end, text, direct, speaker, speakerStart, speakerEnd, referentStart, id);
    }

    public boolean hasSpeaker() {
        return speaker != null;
    }
}
