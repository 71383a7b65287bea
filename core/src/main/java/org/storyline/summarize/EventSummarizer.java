package org.storyline.summarize;

import java.util.ArrayList;
import java.util.List;
import org.storyline.compare.EventMaterial;
import org.storyline.compare.LexicalSpace;
import org.storyline.compare.TermVector;
import org.storyline.model.Article;

/**
 * Extractive event summaries: each sentence of the families' representatives is scored by its similarity to
 * the event's centroid (the mean of the families' centroids, so one vote per family) mixed with its degree
 * centrality among the event's sentences ({@link SentenceScorer}), and by its position in the article (leads
 * first), then selected by {@link SentenceSelector} (MMR, no redundant sentence, one per family
 * while families remain). Every sentence is cited with its article and its offsets in that article's text.
 */
public final class EventSummarizer {
    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 70;

    /** The centrality weight chosen on {@code mds-t17-dev} ({@code bench summarize}, see BENCHMARKS.md). */
    public static final double CENTRALITY_WEIGHT = 0.3;

    private final SentenceSelector selector;
    private final SentenceScorer scorer;
    private final double positionWeight;

    public EventSummarizer(SentenceSelector selector, SentenceScorer scorer, double positionWeight) {
        this.selector = selector;
        this.scorer = scorer;
        this.positionWeight = positionWeight;
    }

    public static EventSummarizer defaults() {
        return new EventSummarizer(SentenceSelector.defaults(), new SentenceScorer(CENTRALITY_WEIGHT, 0), 0.3);
    }

    /** The summary of the prepared event, in selection order (most central first). */
    public List<SummarySentence> summarize(EventMaterial event, SummaryLength length) {
        List<Candidate> candidates = new ArrayList<>();
        List<TermVector> familyCentroids = new ArrayList<>();
        for (EventMaterial.Family f : event.families()) {
            List<TermVector> vs = new ArrayList<>();
            Article rep = f.representative();
            String date = rep.isDated() ? rep.dating().iso() : null;
            for (EventMaterial.Unit u : f.units()) {
                vs.add(u.vector());
                int words = Candidate.wordCount(u.sentence().text());
                if (words < MIN_WORDS || words > MAX_WORDS || u.vector().isEmpty()) {
                    continue;
                }
                candidates.add(new Candidate(u.sentence(), f.id(), u.vector(), words, date));
            }
            familyCentroids.add(LexicalSpace.centroid(vs));
        }
        if (candidates.isEmpty()) {
            for (EventMaterial.Family f : event.families()) {
                for (EventMaterial.Unit u : f.units()) {
                    Article rep = f.representative();
                    candidates.add(new Candidate(u.sentence(), f.id(), u.vector(),
                            Candidate.wordCount(u.sentence().text()), rep.isDated() ? rep.dating().iso() : null));
                    }
            }
        }
        double[] scores = scorer.scores(candidates, LexicalSpace.centroid(familyCentroids));
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (1 - positionWeight) * scores[i]
                    + positionWeight / Math.sqrt(1 + candidates.get(i).sentence().index());
        }
        List<Candidate> chosen = selector.select(candidates, scores, length);
        return chosen.stream().map(EventSummarizer::cite).toList();
    }

    static SummarySentence cite(Candidate c) {
        return new SummarySentence(c.sentence().text(), c.sentence().articleId(), c.sentence().start(),
                c.sentence().end(), c.date());
    }
}
