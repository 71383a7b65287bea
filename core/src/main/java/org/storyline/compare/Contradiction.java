package org.storyline.compare;

import java.util.List;

/** Reports that disagree: what about, and each side's value with its families, articles and sentences. */
public record Contradiction(ContradictionKind kind, String about, List<Side> sides) {
    public Contradiction {
        sides = List.copyOf(sides);
    }

    /** One version: the value as written, who reports it and where. */
    public record Side(String value, List<String> families, List<String> articles, List<Evidence> evidence) {
        public Side {
            families = List.copyOf(families);
            articles = List.copyOf(articles);
            evidence = List.copyOf(evidence);
        }
    }

    /** All articles on any side. */
    public List<String> articles() {
        return sides.stream().flatMap(s -> s.articles().stream()).distinct().sorted().toList();
    }
}
