package org.storyline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.storyline.embed.Embedder;
import org.storyline.embed.Vectors;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/**
 * Full-text and semantic search over the articles of a snapshot (see the package description).
 *
 * <p>The index holds what belongs to each article (title, cleaned text, source, language, date, the embedding
 * of its lead) and a fingerprint of it; events and storylines come from the snapshot at query time, so
 * {@link #update} only adds, replaces or deletes the articles whose fingerprint changed, and does nothing at all
 * when the snapshot's overall fingerprint is the one of the last commit. Searches may run concurrently with each
 * other and with an update; results are ordered by score, then article id.
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    static final String FP = "fp";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SOURCE = "source";
    static final String LANG = "lang";
    static final String DAY = "day";
    static final String VEC = "vec";
    private static final String SNAPSHOT_KEY = "snapshot";
    private static final String EMBEDDER_KEY = "embedder";
    /** Articles the text query ranks before grouping. */
    private static final int TEXT_CANDIDATES = SearchRequest.MAX_RANK;
    private static final int MIN_NEIGHBOURS = 100;
    private static final int RRF_K = 60;
    private static final int MAX_QUERY_TERMS = 32;
    private static final int LEAD_WORDS = 60;
    private static final int SNIPPET_CHARS = 240;
    private static final int EMBED_BATCH = 64;
    /**
     * The layout of the documents, kept with the embedder in the commit data: an index of another layout is
     * rebuilt. 2: the text's postings carry offsets, so highlighting reads them instead of re-analysing texts.
     */
    private static final String LAYOUT = "layout-2";
    private static final FieldType BODY_TYPE = bodyType();

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final String embedderId;

    private SearchIndex(Directory directory, Embedder embedder) throws IOException {
        this.directory = directory;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.embedderId = LAYOUT + "/" + embedder.getClass().getName() + "/" + embedder.dimension();
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(128);
        cfg.setCommitOnClose(false);
        this.writer = new IndexWriter(directory, cfg);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index kept in {@code dir}; call {@link #update} before searching. */
    public static SearchIndex open(Path dir, Embedder embedder) throws IOException {
        Files.createDirectories(dir);
        Directory d = FSDirectory.open(dir);
        try {
            return new SearchIndex(d, embedder);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** An index in memory (tests, small collections). */
    public static SearchIndex inMemory(Embedder embedder) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), embedder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an update did. */
    public record Update(int added, int deleted, int unchanged) {
        public boolean changed() {
            return added > 0 || deleted > 0;
        }
    }

    /** Brings the index to the articles of {@code snapshot} and commits; a no-op when nothing changed. */
    public synchronized Update update(Snapshot snapshot) throws IOException {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Article a : snapshot.articles()) {
            wanted.put(a.id(), fingerprint(a));
        }
        String overall = overall(wanted);
        Map<String, String> committed = writer.getLiveCommitData() == null ? Map.of() : toMap(writer);
        if (overall.equals(committed.get(SNAPSHOT_KEY)) && embedderId.equals(committed.get(EMBEDDER_KEY))
                && writer.getDocStats().numDocs == wanted.size()) {
            return new Update(0, 0, wanted.size());
        }
        Map<String, String> present = embedderId.equals(committed.get(EMBEDDER_KEY)) ? storedFingerprints() : Map.of();
        if (present.isEmpty()) {
            writer.deleteAll();
        }
        int deleted = 0;
        for (Map.Entry<String, String> p : present.entrySet()) {
            if (!p.getValue().equals(wanted.get(p.getKey()))) {
                writer.deleteDocuments(new Term(ID, p.getKey()));
                deleted++;
            }
        }
        List<Article> toAdd = new ArrayList<>();
        for (Article a : snapshot.articles()) {
            if (!wanted.get(a.id()).equals(present.get(a.id()))) {
                toAdd.add(a);
            }
        }
        for (int i = 0; i < toAdd.size(); i += EMBED_BATCH) {
            List<Article> batch = toAdd.subList(i, Math.min(toAdd.size(), i + EMBED_BATCH));
            List<float[]> vectors = embedder.embedAll(batch.stream().map(SearchIndex::lead).toList());
            for (int j = 0; j < batch.size(); j++) {
                writer.addDocument(document(batch.get(j), wanted.get(batch.get(j).id()), vectors.get(j)));
            }
        }
        writer.setLiveCommitData(Map.of(SNAPSHOT_KEY, overall, EMBEDDER_KEY, embedderId).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        return new Update(toAdd.size(), deleted, wanted.size() - toAdd.size());
    }

    private static Map<String, String> toMap(IndexWriter w) {
        Map<String, String> m = new HashMap<>();
        w.getLiveCommitData().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** Number of indexed articles. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** The text that is embedded for an article: its title and the first words of its text. */
    public static String lead(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) {
            b.append(a.title().strip()).append(". ");
        }
        String[] words = a.body().strip().split("\\s+", LEAD_WORDS + 1);
        for (int i = 0; i < Math.min(words.length, LEAD_WORDS); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return b.toString().strip();
    }

    private Document document(Article a, String fp, float[] vector) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        d.add(new StoredField(FP, fp));
        d.add(new TextField(TITLE, a.title() == null ? "" : a.title(), Field.Store.NO));
        d.add(new Field(BODY, a.body(), BODY_TYPE));
        if (a.source() != null && !a.source().isBlank()) {
            d.add(new StringField(SOURCE, a.source(), Field.Store.NO));
        }
        if (a.lang() != null && !a.lang().isBlank()) {
            d.add(new StringField(LANG, a.lang().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (a.isDated()) {
            d.add(new LongPoint(DAY, a.dating().date().toEpochDay()));
        }
        if (vector.length == embedder.dimension() && !Vectors.isZero(vector)) {
            d.add(new KnnFloatVectorField(VEC, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return d;
    }

    private String fingerprint(Article a) {
        MessageDigest md = sha256();
        for (String s : new String[] {a.title(), a.body(), a.source(), a.lang(),
                a.isDated() ? a.dating().date().toString() : null}) {
            md.update(s == null ? new byte[] {1} : (s + "\u0000").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    private String overall(Map<String, String> fps) {
        MessageDigest md = sha256();
        md.update(embedderId.getBytes(StandardCharsets.UTF_8));
        fps.forEach((id, fp) -> md.update((id + "\u0000" + fp + "\u0000").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> storedFingerprints() throws IOException {
        Map<String, String> out = new HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                StoredFields fields = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    DocumentStoredFieldVisitor v = new DocumentStoredFieldVisitor(ID, FP);
                    fields.document(i, v);
                    out.put(v.getDocument().get(ID), v.getDocument().get(FP));
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    // ---- searching ----

    /** Searches; events and storylines (for grouping and filters) are those of {@code snapshot}. */
    public SearchResults search(SearchRequest r, Snapshot snapshot) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return search(s, r, snapshot);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ranked candidate: its article (position in the snapshot), its document and its score. */
    private record Ranked(int article, int doc, double score) {}

    /** The table of the reader and snapshot of the last search, rebuilt when either changes. */
    private final java.util.concurrent.atomic.AtomicReference<DocTable> table =
            new java.util.concurrent.atomic.AtomicReference<>();

    private DocTable table(IndexSearcher s, Snapshot snapshot) throws IOException {
        DocTable t = table.get();
        if (t == null || t.reader != s.getIndexReader() || t.snapshot != snapshot) {
            t = DocTable.build(s.getIndexReader(), snapshot, ID);
            table.set(t);
        }
        return t;
    }

    private SearchResults search(IndexSearcher s, SearchRequest r, Snapshot snapshot) throws IOException {
        Query filter = filter(r.filter(), snapshot);
        Query text = textQuery(r.query());
        DocTable t = table(s, snapshot);
        Comparator<Ranked> byScore = Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparingInt(x -> t.idRank(x.article()));
        List<Ranked> ranked = new ArrayList<>();
        if (filter != NOTHING) {
            int neighbours = Math.clamp((long) r.page() * r.size() * 2, MIN_NEIGHBOURS, SearchRequest.MAX_RANK);
            switch (r.mode()) {
                case TEXT -> ranked = textRanks(s, t, text, filter, byScore);
                case SEMANTIC -> ranked = semanticRanks(s, t, r.query(), filter, neighbours, byScore);
                case HYBRID -> ranked = fuse(textRanks(s, t, text, filter, byScore),
                        semanticRanks(s, t, r.query(), filter, neighbours, byScore), byScore);
            }
        }
        // group by event, keeping the best-ranked article of each
        Map<Integer, List<Ranked>> groups = new LinkedHashMap<>();
        for (Ranked x : ranked) {
            groups.computeIfAbsent(t.group(x.article()), k -> new ArrayList<>(2)).add(x);
        }
        List<List<Ranked>> all = new ArrayList<>(groups.values());
        int from = Math.min(all.size(), (r.page() - 1) * r.size());
        List<List<Ranked>> page = all.subList(from, Math.min(all.size(), from + r.size()));
        List<Snippet> snippets = snippets(s, text, page.stream().map(g -> g.get(0).doc()).toList());
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            List<Ranked> g = page.get(i);
            String best = t.id(g.get(0).article());
            hits.add(new SearchHit(best, snapshot.eventOf(best).orElse(null), g.get(0).score(), snippets.get(i),
                    g.subList(1, g.size()).stream().map(x -> t.id(x.article())).toList()));
        }
        return new SearchResults(r, all.size(), ranked.size(), hits);
    }

    private static final Query NOTHING = new BooleanQuery.Builder().build();

    /** The filter as a query, null for none, {@link #NOTHING} when it cannot match (unknown event). */
    private static Query filter(SearchFilter f, Snapshot snapshot) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (f.source() != null) {
            b.add(new TermQuery(new Term(SOURCE, f.source())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.lang() != null) {
            b.add(new TermQuery(new Term(LANG, f.lang().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.from() != null || f.to() != null) {
            b.add(LongPoint.newRangeQuery(DAY, f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay(),
                    f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.event() != null || f.storyline() != null || f.articles() != null) {
            Set<String> ids;
            if (f.event() != null || f.storyline() != null) {
                ids = memberIds(f, snapshot);
                ids.removeIf(id -> !f.allows(id));
            } else {
                ids = f.articles();
            }
            if (ids.isEmpty()) {
                return NOTHING;
            }
            b.add(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    /** Articles of the filter's event and storyline (both must hold when both are given). */
    private static Set<String> memberIds(SearchFilter f, Snapshot snapshot) {
        Set<String> events = new LinkedHashSet<>();
        if (f.storyline() != null) {
            snapshot.storyline(f.storyline()).map(Storyline::eventIds).ifPresent(events::addAll);
            if (f.event() != null) {
                events.retainAll(Set.of(f.event()));
            }
        } else {
            events.add(f.event());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String e : events) {
            snapshot.event(e).map(Event::articleIds).ifPresent(ids::addAll);
        }
        return ids;
    }

    /** The query's analysed terms, each matched in the title (boosted) or the text; null when there are none. */
    private Query textQuery(String query) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, query)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new BoostQuery(new TermQuery(new Term(TITLE, t)), 2f), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private List<Ranked> textRanks(IndexSearcher s, DocTable t, Query text, Query filter, Comparator<Ranked> order)
            throws IOException {
        if (text == null) {
            return List.of();
        }
        Query q = filter == null ? text : new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
        return ranks(t, s.search(q, TEXT_CANDIDATES), order);
    }

    private List<Ranked> semanticRanks(IndexSearcher s, DocTable t, String query, Query filter, int k,
            Comparator<Ranked> order) throws IOException {
        if (query.isBlank()) {
            return List.of();
        }
        float[] v = embedder.embed(query);
        if (Vectors.isZero(v)) {
            return List.of();
        }
        return ranks(t, s.search(new KnnFloatVectorQuery(VEC, v, k, filter), k), order);
    }

    private static List<Ranked> ranks(DocTable t, TopDocs top, Comparator<Ranked> order) {
        List<Ranked> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            int a = t.article(sd.doc);
            if (a != DocTable.NONE) {
                out.add(new Ranked(a, sd.doc, sd.score));
            }
        }
        out.sort(order);
        return out;
    }

    /** Reciprocal rank fusion: each list adds 1 / (60 + rank). */
    private static List<Ranked> fuse(List<Ranked> a, List<Ranked> b, Comparator<Ranked> order) {
        Map<Integer, Ranked> fused = new HashMap<>();
        for (List<Ranked> list : List.of(a, b)) {
            for (int i = 0; i < list.size(); i++) {
                Ranked x = list.get(i);
                double add = 1.0 / (RRF_K + i + 1);
                fused.merge(x.article(), new Ranked(x.article(), x.doc(), add),
                        (old, n) -> new Ranked(old.article(), old.doc(), old.score() + n.score()));
            }
        }
        List<Ranked> out = new ArrayList<>(fused.values());
        out.sort(order);
        return out;
    }

    private List<Snippet> snippets(IndexSearcher s, Query text, List<Integer> docs) throws IOException {
        List<Snippet> out = new ArrayList<>(docs.size());
        if (docs.isEmpty()) {
            return out;
        }
        Object[] marked = new Object[docs.size()];
        if (text != null) {
            Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(50_000)
                    .withMaxNoHighlightPassages(0)
                    .withWeightMatches(false) // the query is a bag of terms: term offsets suffice, no Matches per doc
                    .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS / 2, 0.5f)));
            marked = h.marked(text, docs.stream().mapToInt(Integer::intValue).toArray());
        }
        StoredFields stored = s.storedFields();
        for (int i = 0; i < docs.size(); i++) {
            if (marked[i] instanceof Snippet sn && sn.hasMarks()) {
                out.add(sn);
            } else {
                out.add(Snippet.plain(leadSnippet(stored.document(docs.get(i), Set.of(BODY)).get(BODY))));
            }
        }
        return out;
    }

    /** The first characters of a text, cut at a word boundary. */
    static String leadSnippet(String body) {
        String t = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (t.length() <= SNIPPET_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET_CHARS);
        return t.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }

    /** The unified highlighter, giving the formatter's objects rather than strings. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder b) {
            super(b);
        }

        Object[] marked(Query q, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {BODY}, q, docs, new int[] {2}).get(BODY);
        }
    }

    /** Turns the highlighter's passages into a {@link Snippet}; nothing is markup. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Fragment> out = new ArrayList<>();
            int last = -1;
            for (Passage p : passages) {
                if (last >= 0 && p.getStartOffset() > last) {
                    out.add(new Snippet.Fragment(" … ", false));
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(pos, p.getMatchStarts()[i]);
                    int end = Math.min(p.getEndOffset(), p.getMatchEnds()[i]);
                    if (end <= start) {
                        continue;
                    }
                    if (start > pos) {
                        out.add(new Snippet.Fragment(squash(content.substring(pos, start)), false));
                    }
                    out.add(new Snippet.Fragment(content.substring(start, end), true));
                    pos = end;
                }
                if (p.getEndOffset() > pos) {
                    out.add(new Snippet.Fragment(squash(content.substring(pos, p.getEndOffset())), false));
                }
                last = p.getEndOffset();
            }
            return new Snippet(out);
        }

        private static String squash(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback();
        directory.close();
        analyzer.close();
    }
}
