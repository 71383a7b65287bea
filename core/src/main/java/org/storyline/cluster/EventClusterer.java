package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.text.Ids;
import org.storyline.text.Terms;

/**
 * Groups articles into events incrementally: each article joins the most similar existing event when the
 * similarity reaches {@link ClusterSettings#eventThreshold()}, else it opens a new event. Similarity is the
 * idf-weighted cosine between the article's term vector and the event centroid, multiplied by a Gaussian decay
 * on the gap between the article's date and the event's date range (undated on either side: no decay). After a
 * batch, one refinement pass moves each article of the batch to its best event, which makes the result far less
 * dependent on input order. All state lives in the {@link ClusterState} passed in.
 */
public final class EventClusterer {
    private final ClusterSettings settings;
    private final Terms terms;

    public EventClusterer(ClusterSettings settings, Terms terms) {
        this.settings = settings;
        this.terms = terms;
    }

    /** Assigns a batch (in the given order) and returns article id → event id. Duplicates must be left out. */
    public Map<String, String> assign(List<Article> batch, ClusterState state) {
        Vocabulary vocab = state.vocabulary();
        List<SparseVector> vectors = new ArrayList<>(batch.size());
        for (Article a : batch) {
            SparseVector v = vectorize(a, vocab);
            vocab.addDocument(v.ids());
            vectors.add(v);
        }
        state.invalidateNorms();

        EventCluster[] assigned = new EventCluster[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            EventCluster best = best(state, vectors.get(i), a.dating());
            if (best == null) {
                best = newEvent(state, a.id());
            }
            state.add(best, vectors.get(i), day(a.dating()), settings.maxCentroidTerms());
            assigned[i] = best;
        }
        // refinement: each article of the batch may move to a better event
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            EventCluster current = assigned[i];
            state.remove(current, vectors.get(i), day(a.dating()));
            EventCluster best = best(state, vectors.get(i), a.dating());
            if (best == null) {
                best = current.alive() ? newEvent(state, a.id()) : current;
            }
            state.add(best, vectors.get(i), day(a.dating()), settings.maxCentroidTerms());
            assigned[i] = best;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            out.put(batch.get(i).id(), assigned[i].id());
        }
        return out;
    }

    /** A new event named after its founding article (a suffix keeps the id unique if that name is taken). */
    private static EventCluster newEvent(ClusterState state, String founder) {
        String id = Ids.derived("E", founder);
        for (int n = 1; state.event(id).isPresent(); n++) {
            id = Ids.derived("E", founder + "#" + n);
        }
        return state.create(id);
    }

    /** The article's term vector: title terms boosted, then body terms. */
    SparseVector vectorize(Article a, Vocabulary vocab) {
        List<String> titleTerms = terms.of(a.title());
        List<String> bodyTerms = terms.of(a.body());
        List<Integer> ids = new ArrayList<>(titleTerms.size() + bodyTerms.size());
        for (String t : titleTerms) {
            ids.add(vocab.id(t));
        }
        for (String t : bodyTerms) {
            ids.add(vocab.id(t));
        }
        return SparseVector.ofTermIds(ids, titleTerms.size(), settings.titleBoost());
    }

    private EventCluster best(ClusterState state, SparseVector v, Dating dating) {
        if (v.size() == 0) {
            return null;
        }
        Vocabulary vocab = state.vocabulary();
        double[] w = new double[v.size()];
        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            double idf = vocab.idf(v.ids()[i]);
            w[i] = v.weights()[i] * idf;
            norm += w[i] * w[i];
        }
        norm = Math.sqrt(norm);
        int[] probeIdx = heaviest(w, settings.candidateTerms());
        int[] probe = new int[probeIdx.length];
        double[] probeW = new double[probeIdx.length];
        for (int i = 0; i < probeIdx.length; i++) {
            probe[i] = v.ids()[probeIdx[i]];
            probeW[i] = w[probeIdx[i]];
        }
        EventCluster best = null;
        double bestScore = threshold(v.size());
        for (int idx : state.candidates(probe, probeW, ClusterState.CANDIDATE_EVENTS)) {
            EventCluster e = state.at(idx);
            double dot = 0;
            for (int i = 0; i < v.size(); i++) {
                float c = e.centroid.get(v.ids()[i]);
                if (c != 0) {
                    dot += w[i] * c * vocab.idf(v.ids()[i]);
                }
            }
            double en = state.norm(e);
            if (en == 0 || norm == 0) {
                continue;
            }
            double score = dot / (en * norm) * timeFactor(dating, e);
            if (score >= bestScore && (best == null || score > bestScore || e.index < best.index)) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    /** The event threshold for an article with {@code terms} distinct terms (lower for short texts). */
    double threshold(int terms) {
        return settings.eventThreshold() * Math.sqrt(Math.min(1.0, terms / (double) settings.referenceTerms()));
    }

    /** Positions of the {@code k} largest weights (all positions when there are fewer). */
    private static int[] heaviest(double[] w, int k) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (w.length > k) {
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(w[y], w[x]);
                return c != 0 ? c : Integer.compare(x, y);
            });
        }
        int[] out = new int[Math.min(k, w.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * exp(-gap² / 2σ²), gap = days between the article's date (± its precision) and the event's range; the
     * undated factor when only one side is dated; 1 when neither is.
     */
    double timeFactor(Dating dating, EventCluster e) {
        boolean articleDated = anchors(dating);
        boolean eventDated = e.start() != null;
        if (articleDated != eventDated) {
            return settings.undatedFactor();
        }
        if (!articleDated) {
            return 1;
        }
        long from = dating.date().toEpochDay();
        long to = dating.latest().toEpochDay();
        long start = e.start().toEpochDay();
        long end = e.end().toEpochDay();
        long gap = Math.max(0, Math.max(start - to, from - end));
        double s = settings.timeSigmaDays();
        return Math.exp(-(gap * (double) gap) / (2 * s * s));
    }

    /**
     * Whether a date is precise enough to place an article in time: a year inferred from the text ("in 2010")
     * only says the article is later than that, often by years, so it does not anchor it.
     */
    static boolean anchors(Dating dating) {
        return dating != null && dating.isDated()
                && !(dating.precision() == DatePrecision.YEAR && dating.source() != DateSource.GIVEN);
    }

    /** The day an article is filed under in its event's date range: its date (the middle of a month or year). */
    static LocalDate day(Dating dating) {
        if (!anchors(dating)) {
            return null;
        }
        return switch (dating.precision()) {
            case DAY -> dating.date();
            case MONTH, YEAR -> LocalDate.ofEpochDay((dating.date().toEpochDay() + dating.latest().toEpochDay()) / 2);
        };
    }
}
