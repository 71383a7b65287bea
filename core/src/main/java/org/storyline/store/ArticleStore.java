package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.storyline.cluster.ClusterState;
import org.storyline.dedupe.NearDuplicateIndex;
import org.storyline.dedupe.NearDuplicateSettings;
import org.storyline.dedupe.TextSketch;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Relation;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/**
 * The embedded store: one Lucene index on disk holding every article (with its event), the clustering state and
 * the derived events and storylines. A batch of articles and the clustering state that includes them are
 * committed together, so a process killed at any point leaves the store as of its last commit, and the next run
 * resumes from there (articles already stored are recognised by id and skipped). Each article's near-duplicate
 * sketch is stored with it, in the same commit; the near-duplicate index is rebuilt from them
 * ({@link #loadNearDuplicates}), so that a commit writes only the new batch, never the whole index.
 */
public final class ArticleStore implements AutoCloseable {
    private static final String KIND = "kind";
    private static final String ARTICLE = "article";
    private static final String STATE = "state";
    private static final String DERIVED = "derived";
    private static final String SKETCH = "sketch";
    private static final String ROOT = "root";

    private final Directory directory;
    private final IndexWriter writer;
    private final ObjectMapper json = new ObjectMapper();
    private final ArticleCodec articles = new ArticleCodec(json);
    private final EventCodec events = new EventCodec(json);
    private DirectoryReader reader;

    private ArticleStore(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.reader = DirectoryReader.open(writer);
    }

    /** Opens the store under {@code dir} (created when missing). Fails clearly if another process holds it. */
    public static ArticleStore open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory d = FSDirectory.open(dir.resolve("index"));
        IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setCommitOnClose(false);
        try {
            return new ArticleStore(d, new IndexWriter(d, cfg));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            d.close();
            throw new IOException("store " + dir + " is in use by another Storyline process", e);
        }
    }

    /** Number of articles stored (as of the last commit or this process's pending writes). */
    public int articleCount() {
        return count(ARTICLE);
    }

    public Optional<Article> article(String id) {
        return first(new TermQuery(new Term("id", id))).map(doc -> articles.fromStored(parse(doc, "json")));
    }

    /** The event a stored article belongs to. */
    public Optional<String> eventOf(String id) {
        return first(new TermQuery(new Term("id", id))).map(doc -> doc.get("event"));
    }

    /** The first stored article with this content hash (originals and near copies; exact copies are not indexed). */
    public Optional<String> idWithHash(String hash) {
        return first(new TermQuery(new Term("hash", hash))).map(doc -> doc.get("id"));
    }

    /** The clustering state as of the last commit, or a fresh one for a new store. */
    public ClusterState loadState() throws IOException {
        Optional<Document> doc = first(new TermQuery(new Term(KIND, STATE)));
        if (doc.isEmpty()) {
            return new ClusterState();
        }
        BytesRef b = doc.get().getBinaryValue(STATE);
        return ClusterState.fromBytes(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
    }

    /**
     * The near-duplicate index of every stored article that has a sketch, in store order (articles stored
     * before sketches existed are not in it).
     *
     * @throws IllegalArgumentException when the sketches were made under other settings
     */
    public NearDuplicateIndex loadNearDuplicates(NearDuplicateSettings settings) {
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        List<Map.Entry<Long, Document>> docs = new ArrayList<>();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery q = new TermQuery(new Term(SKETCH, "y"));
            int n = Math.max(1, searcher.count(q));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
                var visitor = new org.apache.lucene.document.DocumentStoredFieldVisitor("id", "seq", SKETCH, ROOT);
                fields.document(sd.doc, visitor);
                Document doc = visitor.getDocument();
                docs.add(Map.entry(doc.getField("seq").numericValue().longValue(), doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        docs.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Long, Document> en : docs) {
            Document doc = en.getValue();
            BytesRef b = doc.getBinaryValue(SKETCH);
            TextSketch sketch;
            try {
                sketch = TextSketch.fromBytes(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length),
                        settings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("stored article " + doc.get("id") + ": " + e.getMessage(), e);
            }
            index.add(doc.get("id"), sketch, doc.get(ROOT));
        }
        return index;
    }

    /**
     * Adds a batch of analysed articles with their events and the clustering state that includes them, and
     * commits, atomically: after a crash either all of it is there or none of it.
     */
    public void commitBatch(List<Article> batch, Map<String, String> eventOf, ClusterState state) throws IOException {
        commitBatch(batch, eventOf, state, Map.of());
    }

    /**
     * Like {@link #commitBatch(List, Map, ClusterState)}, storing with each article its near-duplicate sketch
     * (from {@code sketches}, by id; articles without one are not near-duplicate indexed).
     */
    public void commitBatch(List<Article> batch, Map<String, String> eventOf, ClusterState state,
            Map<String, TextSketch> sketches) throws IOException {
        long seq = writer.getDocStats().numDocs;
        for (Article a : batch) {
            if (eventOf.get(a.id()) == null) {
                throw new IllegalArgumentException("article " + a.id() + " has no event; nothing of the batch was written");
            }
        }
        for (Article a : batch) {
            Document doc = articleDoc(a, eventOf.get(a.id()), seq++);
            TextSketch sketch = sketches.get(a.id());
            if (sketch != null) {
                addSketch(doc, new BytesRef(sketch.toBytes()), a.duplicateOf());
            }
            writer.addDocument(doc);
        }
        Document s = new Document();
        s.add(new StringField(KIND, STATE, Field.Store.YES));
        s.add(new StoredField(STATE, state.toBytes()));
        writer.updateDocument(new Term(KIND, STATE), s);
        writer.commit();
        refresh();
    }

    private static void addSketch(Document doc, BytesRef sketch, String root) {
        doc.add(new StringField(SKETCH, "y", Field.Store.NO));
        doc.add(new StoredField(SKETCH, sketch));
        if (root != null) {
            doc.add(new StoredField(ROOT, root));
        }
    }

    private Document articleDoc(Article a, String event, long seq) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        if (a.contentHash() != null && a.relation() != Relation.COPY) {
            doc.add(new StringField("hash", a.contentHash(), Field.Store.NO));
        }
        doc.add(new StringField("event", event, Field.Store.YES));
        doc.add(new StoredField("seq", seq));
        doc.add(new TextField("body", (a.title() == null ? "" : a.title() + "\n") + a.body(), Field.Store.NO));
        doc.add(new StoredField("json", json.writeValueAsBytes(articles.toJson(a, true))));
        return doc;
    }

    /**
     * Replaces the derived events and storylines, rewrites articles whose derived annotations changed (e.g. a
     * date completed from their event), and commits.
     */
    public void commitDerived(List<Event> evs, List<Storyline> storylines, List<StoredArticle> updated)
            throws IOException {
        for (StoredArticle u : updated) {
            Optional<Document> old = first(new TermQuery(new Term("id", u.article().id())));
            if (old.isEmpty()) {
                throw new IllegalArgumentException("cannot update article " + u.article().id() + ": not stored");
            }
            long seq = old.get().getField("seq").numericValue().longValue();
            Document doc = articleDoc(u.article(), u.event(), seq);
            BytesRef sketch = old.get().getBinaryValue(SKETCH);
            if (sketch != null) {
                addSketch(doc, BytesRef.deepCopyOf(sketch), old.get().get(ROOT));
            }
            writer.updateDocument(new Term("id", u.article().id()), doc);
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode e = root.putArray("events");
        evs.forEach(x -> e.add(events.toJson(x)));
        ArrayNode s = root.putArray("storylines");
        storylines.forEach(x -> s.add(events.toJson(x)));
        Document doc = new Document();
        doc.add(new StringField(KIND, DERIVED, Field.Store.YES));
        doc.add(new StoredField("json", json.writeValueAsBytes(root)));
        writer.updateDocument(new Term(KIND, DERIVED), doc);
        writer.commit();
        refresh();
    }

    /** A stored article with the event it was assigned to. */
    public record StoredArticle(Article article, String event) {}

    /** Every stored article in insertion order. */
    public List<StoredArticle> articles() {
        List<Map.Entry<Long, StoredArticle>> out = new ArrayList<>();
        forEach(ARTICLE, doc -> out.add(Map.entry(doc.getField("seq").numericValue().longValue(),
                new StoredArticle(articles.fromStored(parse(doc, "json")), doc.get("event")))));
        out.sort(Map.Entry.comparingByKey());
        return out.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * The articles with the derived events and storylines of the last {@link #commitDerived}; events and
     * storylines are empty when none were derived yet.
     */
    public Snapshot snapshot() {
        List<Article> all = new ArrayList<>(articles().stream().map(StoredArticle::article).toList());
        all.sort(Comparator.comparing(Article::id));
        List<Event> evs = new ArrayList<>();
        List<Storyline> sls = new ArrayList<>();
        first(new TermQuery(new Term(KIND, DERIVED))).ifPresent(doc -> {
            JsonNode root = parse(doc, "json");
            root.path("events").forEach(n -> evs.add(events.event(n)));
            root.path("storylines").forEach(n -> sls.add(events.storyline(n)));
        });
        return new Snapshot(all, evs, sls);
    }

    private void refresh() throws IOException {
        DirectoryReader r = DirectoryReader.openIfChanged(reader, writer);
        if (r != null) {
            reader.close();
            reader = r;
        }
    }

    private int count(String kind) {
        try {
            return new IndexSearcher(reader).count(new TermQuery(new Term(KIND, kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Document> first(TermQuery q) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forEach(String kind, java.util.function.Consumer<Document> action) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            int n = Math.max(1, searcher.count(new TermQuery(new Term(KIND, kind))));
            TopDocs top = searcher.search(new TermQuery(new Term(KIND, kind)), n,
                    new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(null,
                            org.apache.lucene.search.SortField.Type.DOC)));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                action.accept(fields.document(sd.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(Document doc, String field) {
        BytesRef b = doc.getBinaryValue(field);
        try {
            return json.readTree(b.bytes, b.offset, b.length);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored JSON in field " + field, e);
        }
    }

    /** Discards uncommitted changes and releases the store. */
    @Override
    public void close() throws IOException {
        reader.close();
        writer.rollback();
        directory.close();
    }
}
