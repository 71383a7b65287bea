package org.storyline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.analyze.AnalysisReport;
import org.storyline.analyze.Analyzer;
import org.storyline.analyze.AnalyzerSettings;
import org.storyline.cluster.ClusterSettings;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.FactMode;
import org.storyline.extract.FactsOption;
import org.storyline.ingest.IngestSummary;
import org.storyline.ingest.InputReader;
import org.storyline.output.FactsWriter;
import org.storyline.output.OutputWriter;
import org.storyline.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline analyze}: read articles, analyse them into the store, write the output files. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt files, .jsonl with one article per line, HTML pages, RSS/Atom feeds,",
                "WARC archives; gzipped or not, recognised by their content), cleans and dates them, finds exact",
                "duplicates, groups them into events and storylines, stores everything in the embedded store and",
                "writes articles.jsonl, events.jsonl, storylines.jsonl and assignments.jsonl.",
                "Running again on the same store adds the new articles and updates the events."})
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
            description = "A file or directory of articles; repeat for several.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where the output files go.")
    Path out;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded store (created when missing; default: DIR/store under --out).")
    Path store;

    @Option(names = "--batch-size", defaultValue = "2000", paramLabel = "N",
            description = "Articles per committed batch, the unit of crash recovery (default: ${DEFAULT-VALUE}).")
    int batchSize = 2000;

    @Option(names = "--event-threshold", paramLabel = "X",
            description = "Similarity needed to join an event (default: tuned value).")
    Double eventThreshold;

    @Option(names = "--storyline-threshold", paramLabel = "X",
            description = "Similarity needed to chain two events into a storyline (default: tuned value).")
    Double storylineThreshold;

    @Option(names = "--rewrites", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "Find rewrites and paraphrases by sentence alignment with embeddings (slow on large "
                    + "collections; --no-rewrites keeps families of exact and near copies only). Default: on.")
    boolean rewrites = true;

    @Option(names = "--facts", defaultValue = "auto", paramLabel = "MODE",
            description = {"Facts (entities, dates, quantities, quotes) into facts.jsonl and entities.jsonl:",
                    "full (CoreNLP CRF entities), fast (rules), none, or auto = full up to 20,000 articles, fast above",
                    "(default: ${DEFAULT-VALUE}). The comparison (comparison.jsonl) uses the same facts;",
                    "with none it uses fast facts, which are not written."})
    String facts = "auto";

    @Override
    public Integer call() throws IOException {
        return run(System.err) ;
    }

    int run(PrintStream err) throws IOException {
        FactsOption factsOption = factsOption();
        Path storeDir = store != null ? store : out.resolve("store");
        ClusterSettings.Builder cs = ClusterSettings.builder();
        if (eventThreshold != null) {
            cs.eventThreshold(eventThreshold);
        }
        if (storylineThreshold != null) {
            cs.storylineThreshold(storylineThreshold);
        }
        AnalyzerSettings settings = AnalyzerSettings.defaults().withBatchSize(batchSize).withClustering(cs.build());
        settings = settings.withRewrites(settings.rewrites().withEnabled(rewrites));
        Progress progress = new Progress(err, System.console() != null, System::nanoTime);
        try (ArticleStore st = ArticleStore.open(storeDir)) {
            Analyzer.Session session = new Analyzer(settings, System::nanoTime).open(st, progress);
            IngestSummary ingest = new InputReader().read(inputs, raw -> {
                try {
                    session.add(raw);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, problem -> {
                progress.clear();
                err.println("storyline: " + problem);
            });
            AnalysisReport report = session.finish();
            if (!ingest.skipped().isEmpty()) {
                err.println("storyline: skipped input records: " + ingest.skippedByReason());
            }
            org.storyline.model.Snapshot snapshot = st.snapshot();
            // facts are extracted once, for facts.jsonl and for the comparison; with --facts none the comparison
            // still gets FAST (rule) facts, which are not written
            java.util.Optional<FactMode> factMode = factsOption.modeFor(snapshot.articles().size());
            FactsWriter factsWriter = new FactsWriter(factMode.orElse(FactMode.FAST),
                    Runtime.getRuntime().availableProcessors());
            long factsStart = System.nanoTime();
            EntityResolver.Resolution facts = factsWriter.extract(snapshot.articles());
            double factsSeconds = (System.nanoTime() - factsStart) / 1e9;
            new OutputWriter().write(snapshot, facts, out);
            if (factMode.isPresent()) {
                factsWriter.write(facts, snapshot.articles(), out);
                long degraded = facts.facts().stream().filter(ArticleFacts::degraded).count();
                err.printf("storyline: facts (%s) of %,d articles, %,d entities, %.1f s%s%n",
                        factMode.get().name().toLowerCase(java.util.Locale.ROOT), facts.facts().size(),
                        facts.entities().size(), factsSeconds, degraded > 0 ? String.format(
                                "; %,d over the time budget, done fast", degraded) : "");
            }
            java.util.List<String> derived = new java.util.ArrayList<>(org.storyline.output.CoverageWriter.FILES);
            factMode.ifPresent(m -> derived.addAll(FactsWriter.FILES));
            org.storyline.output.DerivedFiles.publish(out, derived, storeDir);
            err.printf("storyline: %,d articles read, %,d rejected, %,d duplicates, %,d events, %,d storylines, "
                            + "%.1f s (%,.0f articles/s)%s%n",
                    report.read(), ingest.rejectedRecords() + report.rejected(), report.duplicates(), report.events(),
                    report.storylines(), report.seconds(), report.articlesPerSecond(),
                    report.skipped() > 0 ? String.format("; %,d already stored, skipped", report.skipped()) : "");
            err.println("storyline: wrote " + String.join(", ", OutputWriter.FILES) + " to " + out
                    + " (store: " + storeDir + ")");
            return ingest.nothingRead() && report.read() == 0 ? 1 : 0;
        }
    }

    private FactsOption factsOption() {
        try {
            return FactsOption.valueOf(facts.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--facts must be full, fast, none or auto, not '" + facts + "'");
        }
    }
}
