package org.storyline.compare;

import java.util.List;

/**
 * A fact reported by at least two independent families: what it says ({@code statement}), the families and all
 * their articles, one sentence per family, and whether the families word it differently ({@code note} says how,
 * e.g. "nearly 50,000" / "49,800": a difference of wording, not a contradiction).
 */
public record Agreement(FactKind kind, String statement, List<String> families, List<String> articles,
        List<Evidence> evidence, String note) {
    public Agreement {
        families = List.copyOf(families);
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
    }
}
