package org.storyline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.storyline.compare.ExtractedFactSource;
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
     * Computes every derived file of {@code snapshot} straight into {@code STORE/derived}: the facts of all its
     * articles in {@code mode} with their entities, then the comparison and summaries of every event (used after
     * an ingest into a served store, where there is no {@code --out}).
     */
    public static void compute(Snapshot snapshot, Path store, FactMode mode, int threads) throws IOException {
        Path dir = dir(store);
        Files.createDirectories(dir);
        FactsWriter facts = new FactsWriter(mode, threads);
        EntityResolver.Resolution resolved = facts.extract(snapshot.articles());
        facts.write(resolved, snapshot.articles(), dir);
        try (Terms terms = new Terms()) {
            CoverageWriter.defaults(terms, new ExtractedFactSource(resolved)).write(snapshot, dir);
        }
    }
}
