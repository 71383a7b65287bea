package org.storyline.compare;

import java.util.List;
import java.util.Map;

/**
 * How one article frames the event: for each referent of the lexicon, the terms it uses and how often; the
 * people it quotes (named speakers in order of first quote) and how many quotes have no named speaker; its tone,
 * {@code (positive − negative) / (positive + negative)} over the tone lexicon (0 when neither occurs).
 */
public record SourceFraming(String article, String source, String family, Map<String, Map<String, Integer>> terms,
        List<String> quoted, int unnamedQuotes, double tone, int positive, int negative) {
    public SourceFraming {
        terms = Map.copyOf(terms);
        quoted = List.copyOf(quoted);
    }
}
