package org.storyline.compare;

import java.util.List;

/** How the coverage of one event differs across its families. */
public record Comparison(String event, int families, List<Agreement> agreements, List<Contradiction> contradictions,
        List<Exclusive> exclusive, List<Omission> omissions, List<SourceFraming> framing) {
    public Comparison {
        agreements = List.copyOf(agreements);
        contradictions = List.copyOf(contradictions);
        exclusive = List.copyOf(exclusive);
        omissions = List.copyOf(omissions);
        framing = List.copyOf(framing);
    }
}
