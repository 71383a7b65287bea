package org.storyline.analyze;

/**
 * What one analysis run did.
 *
 * @param read        articles received from the input
 * @param added       new articles stored
 * @param skipped     articles already in the store with the same text (a resumed or repeated run)
 * @param rejected    articles refused (e.g. an id already stored with a different text)
 * @param duplicates  exact duplicates among the added articles
 * @param events      events in the store after the run
 * @param storylines  storylines in the store after the run
 * @param seconds     wall time of the run
 */
public record AnalysisReport(
        long read, long added, long skipped, long rejected, long duplicates, int events, int storylines,
        double seconds) {

    /** Articles per second over the run. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }
}
