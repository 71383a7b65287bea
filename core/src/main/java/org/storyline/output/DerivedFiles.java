package org.storyline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.storyline.compare.ExtractedFactSource;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.FactMode;
import org.storyline.model.Snapshot;
import org.storyline.text.Terms;

/**
 * The analysis results kept with the store, in {@code STORE/derived/}: {@code facts.jsonl}, {@code entities.jsonl},
 * {@code comparison.jsonl} and {@code summaries.jsonl}, in the formats of the output files of the same names. The
 * web server reads them from there. Every file is replaced atomically (written or copied to a temporary sibling,
 * then moved), and a file the last analysis did not produce is removed, so what is there always belongs to the
 * store's current snapshot.
 */
public final class DerivedFiles {
    /** The folder under the store. */
    public static final String DIR = "derived";
    public static final String FACTS = "facts.jsonl";
    public static final String ENTITIES = "entities.jsonl";
    public static final String COMPARISON = "comparison.jsonl";
    public static final String SUMMARIES = "summaries.jsonl";
    /** Every derived file, in the order they are listed to users. */
    public static final List<String> FILES = List.of(FACTS, ENTITIES, COMPARISON, SUMMARIES);

    private DerivedFiles() {}

    /** {@code STORE/derived}. */
    public static Path dir(Path store) {
        return store.resolve(DIR);
    }

    /**
     * Publishes the files an analysis just wrote to {@code out} (those of {@link #FILES} named in {@code written})
     * into {@code STORE/derived}, and removes the derived files it did not write (e.g. facts after
     * {@code --facts none}), so that no file of an older snapshot stays next to the new one.
     */
    public static void publish(Path out, Collection<String> written, Path store) throws IOException {
        Path dir = dir(store);
        Files.createDirectories(dir);
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Path source = out.resolve(name);
            if (!written.contains(name) || !Files.isRegularFile(source)) {
                Files.deleteIfExists(target);
            } else if (!Files.isSameFile(dir, out)) {
                Path tmp = dir.resolve(name + ".tmp");
                Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Computes every derived file of {@code snapshot} straight into {@code STORE/derived} (used after an ingest into
     * a served store, where there is no {@code --out}): the facts of its articles with their entities, then the
     * comparison and summaries of every event. The facts already in {@code STORE/derived} are kept for the articles
     * whose text they still fit, and the other articles are extracted in the mode those facts were made in
     * ({@code mode} when there are none), so an ingest extracts only its new articles.
     */
    public static void compute(Snapshot snapshot, Path store, FactMode mode, int threads) throws IOException {
        Path dir = dir(store);
        Files.createDirectories(dir);
        Path stored = dir.resolve(FACTS);
        Map<String, ArticleFacts> known = Files.exists(stored) ? StoredFacts.read(stored) : Map.of();
        FactsWriter facts = new FactsWriter(StoredFacts.mode(known.values()).orElse(mode), threads);
        EntityResolver.Resolution resolved = facts.extract(snapshot.articles(), known);
        facts.write(resolved, snapshot.articles(), dir);
        try (Terms terms = new Terms()) {
            CoverageWriter.defaults(terms, new ExtractedFactSource(resolved)).write(snapshot, dir);
        }
    }
}
