package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.embed.Embedder;
import org.storyline.embed.Vectors;
import org.storyline.model.Article;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.text.Ids;
import org.storyline.text.Terms;

/**
 * Groups articles into events incrementally: each article joins the most similar existing event when the
 * similarity reaches {@link ClusterSettings#eventThreshold()}, else it opens a new event. Similarity combines
 * ({@link Scoring}) the idf-weighted cosines between the article's word and name vectors and the event's
 * centroid, and the cosine between the embedding of the article's lead and the event's mean embedding (when an
 * {@link Embedder} is given); it is multiplied by a Gaussian decay
 * on the gap between the article's date and the event's date range (undated on either side: no decay). After a
 * batch, one refinement pass moves each article of the batch to its best event, which makes the result far less
 * dependent on input order. All state lives in the {@link ClusterState} passed in.
 */
public final class EventClusterer {
    /** Words of an article's lead (title, then body) that are embedded. */
    static final int LEAD_WORDS = 100;
    /** Centroid terms a retired event keeps for storyline linking. */
    static final int RETIRED_TERMS = 50;

    private final ClusterSettings settings;
    private final Scoring scoring;
    private final Terms terms;
    private final Embedder embedder;

    /** Clusters on words and names only. */
    public EventClusterer(ClusterSettings settings, Terms terms) {
        this(settings, terms, null);
    }

    /** Clusters on words, names and, when {@code embedder} is not null, the embedding of each article's lead. */
    public EventClusterer(ClusterSettings settings, Terms terms, Embedder embedder) {
        this.settings = settings;
        this.scoring = Scoring.of(settings);
        this.terms = terms;
        this.embedder = settings.embeddingWeight() > 0 ? embedder : null;
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
        List<float[]> embeddings = embed(batch);

        EventCluster[] assigned = new EventCluster[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            EventCluster best = best(state, vectors.get(i), embeddings.get(i), a.dating());
            if (best == null) {
                best = newEvent(state, a.id());
            }
            state.add(best, vectors.get(i), day(a.dating()), settings.maxCentroidTerms(), embeddings.get(i));
            assigned[i] = best;
        }
        // refinement: each article of the batch may move to a better event
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            EventCluster current = assigned[i];
            state.remove(current, vectors.get(i), day(a.dating()), embeddings.get(i));
            EventCluster best = best(state, vectors.get(i), embeddings.get(i), a.dating());
            if (best == null) {
                best = current.alive() ? newEvent(state, a.id()) : current;
            }
            state.add(best, vectors.get(i), day(a.dating()), settings.maxCentroidTerms(), embeddings.get(i));
            assigned[i] = best;
        }
        mergeAround(state, assigned);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            out.put(batch.get(i).id(), state.resolve(assigned[i].id()));
        }
        LocalDate now = null;
        for (Article a : batch) {
            LocalDate d = day(a.dating());
            if (d != null && (now == null || d.isBefore(now))) {
                now = d;
            }
        }
        state.retireQuiet(now, settings.activeWindowDays(), settings.activeWindowArticles(), RETIRED_TERMS);
        return out;
    }

    /**
     * Cross-batch refinement: each event this batch touched is merged with any active event whose combined
     * similarity, times the time decay between their date ranges, reaches {@link ClusterSettings#mergeThreshold()}
     * — two halves of one event that an unlucky input order opened separately. The larger event survives
     * (the older on a tie); the merged id resolves to it ({@link ClusterState#resolve}).
     */
    private void mergeAround(ClusterState state, EventCluster[] touched) {
        java.util.TreeMap<Integer, EventCluster> queue = new java.util.TreeMap<>();
        for (EventCluster e : touched) {
            queue.put(e.index, e);
        }
        while (!queue.isEmpty()) {
            EventCluster a = queue.pollFirstEntry().getValue();
            if (!a.active()) {
                continue;
            }
            EventCluster bestOther = null;
            double best = settings.mergeThreshold();
            for (EventCluster b : state.neighbours(a, settings.candidateTerms())) {
                double sim = state.similarity(a, b, scoring) * rangeFactor(a, b);
                if (sim >= best) {
                    best = sim;
                    bestOther = b;
                }
            }
            if (bestOther != null) {
                boolean keepA = a.size > bestOther.size || a.size == bestOther.size && a.index < bestOther.index;
                EventCluster into = keepA ? a : bestOther;
                EventCluster from = keepA ? bestOther : a;
                state.merge(into, from, settings.maxCentroidTerms());
                queue.remove(from.index);
                queue.put(into.index, into); // it may now reach another event
            }
        }
    }

    /** The time decay between two events' date ranges (the undated factor when exactly one is dated). */
    private double rangeFactor(EventCluster a, EventCluster b) {
        boolean ad = a.start() != null;
        boolean bd = b.start() != null;
        if (ad != bd) {
            return settings.undatedFactor();
        }
        if (!ad) {
            return 1;
        }
        long gap = Math.max(0, Math.max(a.start().toEpochDay() - b.end().toEpochDay(),
                b.start().toEpochDay() - a.end().toEpochDay()));
        double s = settings.timeSigmaDays();
        return Math.exp(-(gap * (double) gap) / (2 * s * s));
    }

    /** A new event named after its founding article (a suffix keeps the id unique if that name is taken). */
    private static EventCluster newEvent(ClusterState state, String founder) {
        String id = Ids.derived("E", founder);
        for (int n = 1; state.taken(id); n++) {
            id = Ids.derived("E", founder + "#" + n);
        }
        return state.create(id);
    }

    /** The embeddings of the batch's leads (nulls when no embedder is configured or a lead is blank). */
    private List<float[]> embed(List<Article> batch) {
        List<float[]> out = new ArrayList<>(batch.size());
        if (embedder == null) {
            for (int i = 0; i < batch.size(); i++) {
                out.add(null);
            }
            return out;
        }
        List<String> leads = batch.stream().map(EventClusterer::lead).toList();
        for (float[] v : embedder.embedAll(leads)) {
            out.add(Vectors.isZero(v) ? null : v);
        }
        return out;
    }

    /** The title and the first {@link #LEAD_WORDS} words of the body. */
    static String lead(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) {
            sb.append(a.title().strip()).append(".\n");
        }
        String body = a.body() == null ? "" : a.body();
        int words = 0;
        int i = 0;
        while (i < body.length() && words < LEAD_WORDS) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                sb.append(body, start, i).append(' ');
                words++;
            }
        }
        return sb.toString().strip();
    }

    /**
     * The article's vector: the word channel (title terms boosted, then body terms) and the name channel, each
     * normalized on its own.
     */
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
        SparseVector words = SparseVector.ofTermIds(ids, titleTerms.size(), settings.titleBoost());
        if (settings.nameWeight() <= 0) {
            return words;
        }
        List<String> titleNames = Names.of(a.title());
        List<String> bodyNames = Names.of(a.body());
        List<Integer> nameIds = new ArrayList<>(titleNames.size() + bodyNames.size());
        for (String t : titleNames) {
            nameIds.add(vocab.id(t));
        }
        for (String t : bodyNames) {
            nameIds.add(vocab.id(t));
        }
        return SparseVector.concat(words, SparseVector.ofTermIds(nameIds, titleNames.size(), settings.titleBoost()));
    }

    private EventCluster best(ClusterState state, SparseVector v, float[] embedding, Dating dating) {
        if (v.size() == 0) {
            return null;
        }
        Vocabulary vocab = state.vocabulary();
        double[] w = new double[v.size()];
        double wordNorm = 0;
        double nameNorm = 0;
        int wordTerms = 0;
        for (int i = 0; i < v.size(); i++) {
            double idf = vocab.idf(v.ids()[i]);
            w[i] = v.weights()[i] * idf;
            if (vocab.isName(v.ids()[i])) {
                nameNorm += w[i] * w[i];
            } else {
                wordNorm += w[i] * w[i];
                wordTerms++;
            }
        }
        wordNorm = Math.sqrt(wordNorm);
        nameNorm = Math.sqrt(nameNorm);
        int[] probeIdx = heaviest(w, settings.candidateTerms());
        int[] probe = new int[probeIdx.length];
        double[] probeW = new double[probeIdx.length];
        for (int i = 0; i < probeIdx.length; i++) {
            probe[i] = v.ids()[probeIdx[i]];
            probeW[i] = w[probeIdx[i]];
        }
        EventCluster best = null;
        double bestScore = threshold(wordTerms);
        for (int idx : state.candidates(probe, probeW, ClusterState.CANDIDATE_EVENTS)) {
            EventCluster e = state.at(idx);
            double wordDot = 0;
            double nameDot = 0;
            for (int i = 0; i < v.size(); i++) {
                float c = e.centroid.get(v.ids()[i]);
                if (c != 0) {
                    double d = w[i] * c * vocab.idf(v.ids()[i]);
                    if (vocab.isName(v.ids()[i])) {
                        nameDot += d;
                    } else {
                        wordDot += d;
                    }
                }
            }
            double ewn = state.channelNorm(e, false);
            if (ewn == 0 || wordNorm == 0) {
                continue;
            }
            double enn = state.channelNorm(e, true);
            boolean hasEmbedding = embedding != null && e.embedding != null && e.embedded > 0;
            double similarity = scoring.combine(wordDot / (ewn * wordNorm), nameNorm > 0,
                    enn == 0 || nameNorm == 0 ? 0 : nameDot / (enn * nameNorm), hasEmbedding,
                    hasEmbedding ? ClusterState.cosine(embedding, e.embedding) : 0);
            double score = similarity * timeFactor(dating, e);
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
