package org.storyline.ingest;

/** Receives every problem found while reading input, in the order found. */
@FunctionalInterface
public interface ProblemListener {

    void report(IngestProblem problem);

    /** A listener that drops every problem; the counts in {@link IngestSummary} still tell how many there were. */
    static ProblemListener ignoring() {
        return problem -> { };
    }
}
