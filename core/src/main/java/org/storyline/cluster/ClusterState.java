package org.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntFloatHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.IntFloatCursor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything incremental clustering needs to continue where it stopped: vocabulary with document frequencies
 * and, per event, its centroid, size and dates. One object, checkpointed as bytes ({@link #toBytes()}) with each
 * store commit, so a later run or a streaming job resumes from it. Not thread-safe.
 */
public final class ClusterState {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many events get a full similarity computation per query (see {@link #candidates(int[], double[], int)}). */
    static final int CANDIDATE_EVENTS = 50;

    private final Vocabulary vocabulary;
    private final List<EventCluster> events = new ArrayList<>();
    private final Map<String, EventCluster> byId = new HashMap<>();
    private final IntObjectHashMap<Posting> postings = new IntObjectHashMap<>();
    /** Articles assigned so far: the clock that measures how long an event has been quiet. */
    private long clock;
    private int retiredSinceRebuild;
    /** Events merged into others by refinement: merged id → surviving id (possibly merged again later). */
    private final Map<String, String> mergedInto = new java.util.TreeMap<>();

    public ClusterState() {
        this(new Vocabulary());
    }

    private ClusterState(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Live events in creation order. */
    public List<EventCluster> events() {
        return events.stream().filter(EventCluster::alive).toList();
    }

    public Optional<EventCluster> event(String id) {
        EventCluster e = byId.get(id);
        return e != null && e.alive() ? Optional.of(e) : Optional.empty();
    }

    /**
     * The event an id stands for now: itself, or the event it was merged into (followed to the end). Articles
     * keep the id they were assigned; readers resolve it.
     */
    public String resolve(String id) {
        String current = id;
        for (String next = mergedInto.get(current); next != null; next = mergedInto.get(current)) {
            current = next;
        }
        return current;
    }

    /** Whether an id may not be given to a new event (live, or merged into another). */
    boolean taken(String id) {
        EventCluster e = byId.get(id);
        return e != null && e.alive() || mergedInto.containsKey(id);
    }

    /** Folds {@code from} into {@code into}: centroid, dates, embedding and size; {@code from} ends. */
    void merge(EventCluster into, EventCluster from, int maxTerms) {
        for (IntFloatCursor c : from.centroid) {
            if (!into.centroid.containsKey(c.key)) {
                posting(c.key).add(into.index);
            }
            into.centroid.addTo(c.key, c.value);
        }
        from.datesByDay.forEach((day, n) -> into.datesByDay.merge(day, n, Integer::sum));
        if (from.embedding != null) {
            if (into.embedding == null) {
                into.embedding = new float[from.embedding.length];
            }
            for (int i = 0; i < from.embedding.length; i++) {
                into.embedding[i] += from.embedding[i];
            }
            into.embedded += from.embedded;
        }
        into.size += from.size;
        into.lastTouched = Math.max(into.lastTouched, from.lastTouched);
        into.invalidate();
        into.pruneTo(maxTerms);
        from.size = 0;
        from.centroid.clear();
        from.datesByDay.clear();
        from.embedding = null;
        from.embedded = 0;
        from.invalidate();
        mergedInto.put(from.id(), into.id());
    }

    EventCluster create(String id) {
        EventCluster existing = byId.get(id);
        if (existing != null) {
            if (existing.alive()) {
                throw new IllegalStateException("event " + id + " exists already");
            }
            return existing;
        }
        EventCluster e = new EventCluster(id, events.size());
        events.add(e);
        byId.put(id, e);
        return e;
    }

    /** Articles assigned so far (each assignment or reassignment ticks it). */
    public long clock() {
        return clock;
    }

    /** Live events that new articles may still join. */
    public List<EventCluster> activeEvents() {
        return events.stream().filter(EventCluster::active).toList();
    }

    void add(EventCluster e, SparseVector v, LocalDate date, int maxTerms, float[] embedding) {
        clock++;
        e.lastTouched = clock;
        e.retired = false;
        for (int t : v.ids()) {
            if (!e.centroid.containsKey(t)) {
                posting(t).add(e.index); // first time this event has the term (re-listed only after pruning)
            }
        }
        e.add(v, date, maxTerms, embedding);
    }

    void remove(EventCluster e, SparseVector v, LocalDate date, float[] embedding) {
        e.remove(v, date, embedding);
    }

    /** Scratch of {@link #candidates}: partial scores by event index, valid where {@code touchedAt == epoch}. */
    private double[] accumulated = new double[0];
    private int[] touchedAt = new int[0];
    private int epoch;
    /** Scratch of {@link #candidates}: the term an event was last counted for, so that it counts once per term. */
    private int[] countedAt = new int[0];
    private int stamp;
    private final IntArrayList touched = new IntArrayList();

    /**
     * The events listed for a term, created empty. An event is listed when it gains the term; one that lost it
     * (an article removed, pruning) and gains it again is listed twice until the next rebuild, and
     * {@link #candidates} counts it once.
     */
    private Posting posting(int term) {
        Posting list = postings.get(term);
        if (list == null) {
            list = new Posting();
            postings.put(term, list);
        }
        return list;
    }

    /**
     * The events listed for a term, each with its centroid weight for the term as last read and the
     * {@link EventCluster#version} it was read at: candidate scoring reads the weight from here while the event's
     * centroid has not changed since (a hash look-up per posting otherwise, the hot spot of clustering).
     */
    private static final class Posting {
        int[] events = new int[2];
        float[] weights = new float[2];
        int[] versions = new int[2];
        int size;

        void add(int event) {
            if (size == events.length) {
                int n = 2 * size;
                events = java.util.Arrays.copyOf(events, n);
                weights = java.util.Arrays.copyOf(weights, n);
                versions = java.util.Arrays.copyOf(versions, n);
            }
            events[size] = event;
            versions[size] = -1; // not read yet
            size++;
        }
    }

    /**
     * The {@code limit} live events that look most similar judged by the probe terms alone: partial
     * idf-weighted dot products accumulated term by term over the postings, divided by the event's norm. Only
     * these few get a full similarity, which keeps the cost per article bounded however many events share a
     * common word. Returned in index order.
     */
    int[] candidates(int[] probe, double[] probeWeights, int limit) {
        return candidates(probe, probeWeights, limit, false);
    }

    /**
     * Retires the events that went quiet: dated ones whose last date lies more than {@code windowDays} before
     * {@code now} (the earliest date of the batch just assigned, or null: input need not come in date order, so
     * the newest date seen would retire events that later batches still reach), and any not joined during the
     * last {@code windowArticles} assignments. They
     * stop being offered to new articles and shrink to {@code keepTerms} terms, so memory follows the active
     * window rather than the whole collection; they still take part in storyline linking, and their articles
     * stay in the store.
     *
     * @return how many events were retired now
     */
    int retireQuiet(LocalDate now, int windowDays, long windowArticles, int keepTerms) {
        int n = 0;
        for (EventCluster e : events) {
            if (!e.active()) {
                continue;
            }
            boolean quietDays = now != null && e.end() != null && e.end().plusDays(windowDays).isBefore(now);
            boolean quietArticles = clock - e.lastTouched > windowArticles;
            if (quietDays || quietArticles) {
                e.retire(keepTerms);
                n++;
            }
        }
        retiredSinceRebuild += n;
        if (retiredSinceRebuild > Math.max(1000, events.size() / 10)) {
            rebuildPostings();
        }
        return n;
    }

    /** Drops the postings of terms that retired events no longer hold. */
    private void rebuildPostings() {
        postings.clear();
        for (EventCluster e : events) {
            if (e.alive()) {
                for (IntFloatCursor c : e.centroid) {
                    posting(c.key).add(e.index);
                }
            }
        }
        retiredSinceRebuild = 0;
    }

    private int[] candidates(int[] probe, double[] probeWeights, int limit, boolean includeRetired) {
        // partial dot products in a dense array indexed by event (reused: this is the hot loop of clustering)
        if (accumulated.length < events.size()) {
            int size = Math.max(events.size(), 2 * accumulated.length);
            accumulated = java.util.Arrays.copyOf(accumulated, size);
            touchedAt = java.util.Arrays.copyOf(touchedAt, size);
            countedAt = java.util.Arrays.copyOf(countedAt, size);
        }
        if (++epoch == Integer.MAX_VALUE || stamp > Integer.MAX_VALUE - probe.length - 1) {
            java.util.Arrays.fill(touchedAt, 0);
            java.util.Arrays.fill(countedAt, 0);
            epoch = 1;
            stamp = 0;
        }
        touched.clear();
        for (int k = 0; k < probe.length; k++) {
            Posting list = postings.get(probe[k]);
            if (list == null) {
                continue;
            }
            double w = probeWeights[k] * vocabulary.idf(probe[k]);
            int term = ++stamp;
            int[] listed = list.events;
            for (int p = 0, n = list.size; p < n; p++) {
                int idx = listed[p];
                if (countedAt[idx] == term) {
                    continue; // listed twice: it lost the term (removal, pruning) and got it back
                }
                countedAt[idx] = term;
                EventCluster e = events.get(idx);
                if (includeRetired ? !e.alive() : !e.active()) {
                    continue;
                }
                float cw;
                if (list.versions[p] == e.version) {
                    cw = list.weights[p];
                } else {
                    cw = e.centroid.get(probe[k]);
                    list.weights[p] = cw;
                    list.versions[p] = e.version;
                }
                if (cw != 0) {
                    if (touchedAt[idx] != epoch) {
                        touchedAt[idx] = epoch;
                        accumulated[idx] = 0;
                        touched.add(idx);
                    }
                    accumulated[idx] += w * cw;
                }
            }
        }
        int[] found = touched.toArray();
        if (found.length <= limit) {
            java.util.Arrays.sort(found);
            return found;
        }
        // the limit best by score (ties: lower index), kept in a heap whose root is the worst kept
        int[] heap = new int[limit];
        double[] heapScore = new double[limit];
        int size = 0;
        for (int idx : found) {
            double n = norm(events.get(idx));
            double score = n == 0 ? 0 : accumulated[idx] / n;
            if (size < limit) {
                heap[size] = idx;
                heapScore[size] = score;
                siftUp(heap, heapScore, size++);
            } else if (better(score, idx, heapScore[0], heap[0])) {
                heap[0] = idx;
                heapScore[0] = score;
                siftDown(heap, heapScore, size);
            }
        }
        java.util.Arrays.sort(heap);
        return heap;
    }

    /** Whether (score a, index ia) ranks before (score b, index ib): higher score, then lower index. */
    private static boolean better(double a, int ia, double b, int ib) {
        int c = Double.compare(a, b);
        return c != 0 ? c > 0 : ia < ib;
    }

    private static void siftUp(int[] heap, double[] score, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(score[parent], heap[parent], score[i], heap[i])) {
                return;
            }
            swap(heap, score, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] heap, double[] score, int size) {
        int i = 0;
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (better(score[worst], heap[worst], score[child], heap[child])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(heap, score, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] heap, double[] score, int i, int j) {
        int h = heap[i];
        heap[i] = heap[j];
        heap[j] = h;
        double s = score[i];
        score[i] = score[j];
        score[j] = s;
    }

    EventCluster at(int index) {
        return events.get(index);
    }

    /** The idf-weighted L2 norm of an event's centroid, cached until the event changes. */
    double norm(EventCluster e) {
        if (e.cachedNorm < 0) {
            double s = 0;
            for (IntFloatCursor c : e.centroid) {
                double w = c.value * vocabulary.idf(c.key);
                s += w * w;
            }
            e.cachedNorm = Math.sqrt(s);
        }
        return e.cachedNorm;
    }

    /** The idf-weighted L2 norm of the word ({@code names == false}) or name part of an event's centroid. */
    double channelNorm(EventCluster e, boolean names) {
        if (e.cachedWordNorm < 0) {
            double words = 0;
            double nameSum = 0;
            for (IntFloatCursor c : e.centroid) {
                double w = c.value * vocabulary.idf(c.key);
                if (vocabulary.isName(c.key)) {
                    nameSum += w * w;
                } else {
                    words += w * w;
                }
            }
            e.cachedWordNorm = Math.sqrt(words);
            e.cachedNameNorm = Math.sqrt(nameSum);
        }
        return names ? e.cachedNameNorm : e.cachedWordNorm;
    }

    /** Forgets cached norms (after document frequencies changed). */
    void invalidateNorms() {
        for (EventCluster e : events) {
            e.resetNorms();
        }
    }

    /** Two events' similarity: idf-weighted cosines of the word and name parts and of the embeddings, combined. */
    double similarity(EventCluster a, EventCluster b, Scoring scoring) {
        IntFloatHashMap small = a.centroid.size() <= b.centroid.size() ? a.centroid : b.centroid;
        IntFloatHashMap large = small == a.centroid ? b.centroid : a.centroid;
        double words = 0;
        double names = 0;
        for (IntFloatCursor c : small) {
            float w = large.get(c.key);
            if (w != 0) {
                double idf = vocabulary.idf(c.key);
                if (vocabulary.isName(c.key)) {
                    names += c.value * w * idf * idf;
                } else {
                    words += c.value * w * idf * idf;
                }
            }
        }
        double wn = channelNorm(a, false) * channelNorm(b, false);
        double nn = channelNorm(a, true) * channelNorm(b, true);
        boolean hasEmbedding = a.embedding != null && b.embedding != null && a.embedded > 0 && b.embedded > 0;
        return scoring.combine(wn == 0 ? 0 : words / wn, nn > 0, nn == 0 ? 0 : names / nn, hasEmbedding,
                hasEmbedding ? cosine(a.embedding, b.embedding) : 0);
    }

    /** Cosine of two embedding sums. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** An event's heaviest centroid term ids (by weight × idf), at most {@code k}. */
    int[] topTerms(EventCluster e, int k) {
        int[] terms = e.centroid.keys().toArray();
        double[] score = new double[terms.length];
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < terms.length; i++) {
            score[i] = e.centroid.get(terms[i]) * vocabulary.idf(terms[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(score[y], score[x]);
            return c != 0 ? c : Integer.compare(terms[x], terms[y]);
        });
        int[] out = new int[Math.min(k, terms.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = terms[order[i]];
        }
        return out;
    }

    /** Live active events other than {@code e} that share its heaviest terms (at most {@link #CANDIDATE_EVENTS}). */
    List<EventCluster> neighbours(EventCluster e, int probeTerms) {
        int[] probe = topTerms(e, probeTerms);
        double[] weights = new double[probe.length];
        for (int i = 0; i < probe.length; i++) {
            weights[i] = e.centroid.get(probe[i]);
        }
        List<EventCluster> out = new ArrayList<>();
        for (int idx : candidates(probe, weights, CANDIDATE_EVENTS, false)) {
            if (idx != e.index) {
                out.add(events.get(idx));
            }
        }
        return out;
    }

    /** Two events and their similarity. */
    public record EventPair(String a, String b, double similarity) {}

    /**
     * Pairs of live events with centroid similarity at least {@code threshold}; candidates are found through
     * each event's {@code probeTerms} heaviest terms, so no all-pairs comparison is made.
     */
    public List<EventPair> similarPairs(double threshold, int probeTerms, ClusterSettings settings) {
        Scoring scoring = Scoring.of(settings);
        List<EventPair> out = new ArrayList<>();
        for (EventCluster a : events()) {
            int[] probe = topTerms(a, probeTerms);
            double[] weights = new double[probe.length];
            for (int i = 0; i < probe.length; i++) {
                weights[i] = a.centroid.get(probe[i]);
            }
            for (int idx : candidates(probe, weights, CANDIDATE_EVENTS, true)) {
                EventCluster b = events.get(idx);
                if (b.index <= a.index) {
                    continue;
                }
                double sim = similarity(a, b, scoring);
                if (sim >= threshold) {
                    out.add(new EventPair(a.id(), b.id(), sim));
                }
            }
        }
        return out;
    }

    // ---- checkpointing ----

    public byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 2);
        root.put("documents", vocabulary.documents());
        root.put("clock", clock);

        ArrayNode terms = root.putArray("terms");
        vocabulary.terms().forEach(terms::add);
        ArrayNode df = root.putArray("df");
        for (int d : vocabulary.dfArray()) {
            df.add(d);
        }
        ObjectNode merged = root.putObject("merged");
        mergedInto.forEach(merged::put);
        ArrayNode evs = root.putArray("events");
        for (EventCluster e : events) {
            if (!e.alive()) {
                continue;
            }
            ObjectNode o = evs.addObject();
            o.put("id", e.id());
            o.put("size", e.size);
            o.put("touched", e.lastTouched);
            if (e.retired) {
                o.put("retired", true);
            }
            ArrayNode ids = o.putArray("t");
            ArrayNode ws = o.putArray("w");
            int[] keys = e.centroid.keys().toArray();
            java.util.Arrays.sort(keys);
            for (int t : keys) {
                ids.add(t);
                ws.add(e.centroid.get(t));
            }
            ObjectNode dates = o.putObject("dates");
            e.datesByDay.forEach((day, n) -> dates.put(Long.toString(day), n));
            if (e.embedding != null) {
                o.put("embedded", e.embedded);
                o.put("embedding", floatsToBytes(e.embedding));
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize cluster state", e);
        }
    }

    public static ClusterState fromBytes(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || root.path("version").asInt() < 1 || root.path("version").asInt() > 2) {
            throw new IOException("unsupported cluster state (version " + (root == null ? "?" : root.path("version")) + ")");
        }
        List<String> terms = new ArrayList<>();
        root.path("terms").forEach(t -> terms.add(t.asText()));
        int[] df = new int[terms.size()];
        int i = 0;
        for (JsonNode d : root.path("df")) {
            df[i++] = d.asInt();
        }
        ClusterState s = new ClusterState(Vocabulary.restore(terms, df, root.path("documents").asLong()));
        s.clock = root.path("clock").asLong();
        root.path("merged").properties().forEach(en -> s.mergedInto.put(en.getKey(), en.getValue().asText()));

        for (JsonNode o : root.path("events")) {
            EventCluster e = s.create(o.path("id").asText());
            JsonNode ts = o.path("t");
            JsonNode ws = o.path("w");
            for (int k = 0; k < ts.size(); k++) {
                int t = ts.get(k).asInt();
                e.centroid.put(t, (float) ws.get(k).asDouble());
                s.posting(t).add(e.index);
            }
            o.path("dates").properties().forEach(en -> e.datesByDay.put(Long.parseLong(en.getKey()), en.getValue().asInt()));
            e.size = o.path("size").asInt();
            e.lastTouched = o.path("touched").asLong();
            e.retired = o.path("retired").asBoolean(false);
            if (o.has("embedding")) {
                e.embedding = bytesToFloats(o.path("embedding").binaryValue());
                e.embedded = o.path("embedded").asInt();
            }
        }
        return s;
    }

    private static byte[] floatsToBytes(float[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * v.length);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] bytesToFloats(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
        return v;
    }

    /** Event id → size, for diagnostics and tests. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (EventCluster e : events()) {
            m.put(e.id(), e.size);
        }
        return Collections.unmodifiableMap(m);
    }
}
