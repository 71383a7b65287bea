package org.storyline.compare;

import java.util.List;

/** A fact only one family reports, with its sentence. */
public record Exclusive(FactKind kind, String statement, String family, List<String> articles, Evidence evidence) {
    public Exclusive {
        articles = List.copyOf(articles);
    }
}
