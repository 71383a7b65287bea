package org.storyline.compare;

import java.util.List;

/**
 * What one family leaves out: the agreements (by index in {@link Comparison#agreements()}) it does not report,
 * with their statements.
 */
public record Omission(String family, List<String> articles, List<String> sources, List<Integer> agreements,
        List<String> statements) {
    public Omission {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
        agreements = List.copyOf(agreements);
        statements = List.copyOf(statements);
    }
}
