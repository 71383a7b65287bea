package org.storyline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.storyline.analyze.AnalysisListener;
import org.storyline.analyze.AnalysisReport;
import org.storyline.analyze.Analyzer;
import org.storyline.analyze.AnalyzerSettings;
import org.storyline.embed.Embedder;
import org.storyline.extract.FactMode;
import org.storyline.index.SearchIndex;
import org.storyline.ingest.IngestSummary;
import org.storyline.ingest.InputReader;
import org.storyline.model.Snapshot;
import org.storyline.output.DerivedFiles;
import org.storyline.store.ArticleStore;

/**
 * The collection being served: the current {@link View}, replaced as a whole when the collection changes. Either
 * backed by a store (its search index kept in {@code STORE/search}; new articles can be ingested) or by a supplier
 * of snapshots (read-only; a new snapshot instance is indexed in memory on first use). A store's derived files
 * ({@code STORE/derived}: facts, entities, comparison, summaries) are served with its snapshot when present.
 */
public final class Library implements AutoCloseable {
    /** Where a store keeps its search index. */
    public static final String SEARCH_DIR = "search";

    private final Supplier<View> views;
    private final Path store;
    private final SearchIndex index;
    private final AtomicReference<View> current;
    private Coverage retired;

    private Library(Supplier<View> views, Path store, SearchIndex index, AtomicReference<View> current) {
        this.views = views;
        this.store = store;
        this.index = index;
        this.current = current;
    }

    /**
     * Serves the store under {@code store}: reads its snapshot and brings the search index up to date (embedding
     * the leads of articles not indexed yet). The store is not kept open.
     */
    public static Library ofStore(Path store, Embedder embedder) throws IOException {
        Snapshot s;
        try (ArticleStore st = ArticleStore.open(store)) {
            s = st.snapshot();
        }
        SearchIndex index = SearchIndex.open(store.resolve(SEARCH_DIR), embedder);
        try {
            index.update(s);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        AtomicReference<View> current = new AtomicReference<>(new View(s, index,
                Coverage.load(DerivedFiles.dir(store), s)));
        return new Library(current::get, store, index, current);
    }

    /** Serves whatever {@code snapshots} returns (read once per request); no ingest. */
    public static Library of(Supplier<Snapshot> snapshots, Embedder embedder) {
        Objects.requireNonNull(snapshots, "snapshots");
        SearchIndex index = SearchIndex.inMemory(embedder);
        AtomicReference<View> last = new AtomicReference<>();
        Supplier<View> views = () -> {
            Snapshot s = Objects.requireNonNull(snapshots.get(), "the snapshot supplier returned null");
            View v = last.get();
            if (v != null && v.snapshot() == s) {
                return v;
            }
            synchronized (last) {
                v = last.get();
                if (v == null || v.snapshot() != s) {
                    try {
                        index.update(s);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    v = new View(s, index);
                    last.set(v);
                }
                return v;
            }
        };
        return new Library(views, null, index, null);
    }

    View view() {
        return views.get();
    }

    /** The snapshot served now. */
    public Snapshot snapshot() {
        return view().snapshot();
    }

    /** The store, when new articles can be ingested into it. */
    Optional<Path> store() {
        return Optional.ofNullable(store);
    }

    /** What one ingest did. */
    record Ingested(IngestSummary input, AnalysisReport analysis, SearchIndex.Update search) {}

    /**
     * Analyses {@code inputs} into the store, updates its derived files (facts of the new articles, in the mode of
     * the stored ones or FAST; entities, comparison and summaries of all, in {@code STORE/derived}), updates the
     * search index and serves the new snapshot.
     * Not thread-safe: the caller runs one at a time.
     */
    Ingested ingest(List<Path> inputs, AnalysisListener listener, org.storyline.ingest.ProblemListener problems)
            throws IOException {
        if (store == null) {
            throw new IllegalStateException("this collection is read-only");
        }
        Snapshot s;
        IngestSummary in;
        AnalysisReport report;
        try (ArticleStore st = ArticleStore.open(store)) {
            Analyzer.Session session = new Analyzer(AnalyzerSettings.defaults(), System::nanoTime).open(st, listener);
            in = new InputReader().read(inputs, raw -> {
                try {
                    session.add(raw);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, problems);
            report = session.finish();
            s = st.snapshot();
        }
        DerivedFiles.compute(s, store, FactMode.FAST, Math.max(1, Runtime.getRuntime().availableProcessors()));
        SearchIndex.Update u = index.update(s);
        View old = current.getAndSet(new View(s, index, Coverage.load(DerivedFiles.dir(store), s)));
        retire(old.coverage());
        return new Ingested(in, report, u);
    }

    /**
     * Closes the derived files of the view before the one just replaced: a request still answering from the
     * replaced view can finish reading, and files are not kept open for ever.
     */
    private synchronized void retire(Coverage replaced) {
        if (retired != null) {
            retired.close();
        }
        retired = replaced;
    }

    @Override
    public void close() throws IOException {
        index.close();
        View v = current == null ? null : current.get();
        if (v != null) {
            v.coverage().close();
        }
        synchronized (this) {
            if (retired != null) {
                retired.close();
            }
        }
    }
}
