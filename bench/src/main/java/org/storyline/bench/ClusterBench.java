package org.storyline.bench;


import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.analyze.AnalysisListener;
import org.storyline.analyze.AnalysisReport;
import org.storyline.analyze.Analyzer;
import org.storyline.analyze.AnalyzerSettings;
import org.storyline.cluster.ClusterSettings;
import org.storyline.embed.Embedder;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.eval.ClusterFiles;
import org.storyline.eval.ClusterMetrics;
import org.storyline.eval.ClusterScores;
import org.storyline.eval.Datasets;
import org.storyline.eval.LabelField;
import org.storyline.eval.ScoreTable;
import org.storyline.ingest.InputReader;
import org.storyline.ingest.ProblemListener;
import org.storyline.model.RawArticle;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleStore;
import org.storyline.text.Ids;
import org.storyline.text.Terms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench cluster}: event clustering (and storylines where gold topics exist) on the clustering
 * gold sets, next to the all-singletons floor and the README's TF-IDF single-pass baseline (its threshold picked
 * on the set itself from a grid, so the baseline is optimistic), with throughput and peak heap of the full
 * analysis.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Scores event clustering on ecbplus-dev, googlenews ts/t/s, gva-dev and seeds.")
public final class ClusterBench implements Callable<Integer> {
    private static final List<String> SETS =
            List.of("seeds", "ecbplus-dev", "googlenews/ts", "googlenews/t", "googlenews/s", "gva-dev");
    private static final double[] GRID = {0.1, 0.2, 0.3, 0.4};

    @Option(names = "--datasets", paramLabel = "DIR", description = "The shared datasets folder.")
    Path datasets;

    @Option(names = "--sets", split = ",", paramLabel = "SET",
            description = "Which sets (default: all of ${DEFAULT-VALUE}).", defaultValue = "seeds,ecbplus-dev,googlenews/ts,googlenews/t,googlenews/s,gva-dev")
    List<String> sets;

    @Option(names = "--shuffle-seed", defaultValue = "42", paramLabel = "N",
            description = "Also analyze the set in a shuffled order (this seed) and report how much the events differ "
                    + "(B³ F1 between the two partitions); -1 skips it (default: ${DEFAULT-VALUE}).")
    long shuffleSeed;

    @Option(names = "--name-weight", defaultValue = "-1", paramLabel = "W",
            description = "Weight of the name channel (default: the clustering default).")
    double nameWeight;

    @Option(names = "--embedding-weight", defaultValue = "-1", paramLabel = "W",
            description = "Weight of the lead-embedding channel (MiniLM); > 0 embeds every article (default: the "
                    + "clustering default, off).")
    double embeddingWeight;

    @Option(names = "--threshold", defaultValue = "-1", paramLabel = "T",
            description = "Event threshold (default: the clustering default).")
    double threshold;

    private AnalyzerSettings settings() {
        ClusterSettings.Builder b = ClusterSettings.builder();
        if (nameWeight >= 0) {
            b.nameWeight(nameWeight);
        }
        if (embeddingWeight >= 0) {
            b.embeddingWeight(embeddingWeight);
        }
        if (threshold > 0) {
            b.eventThreshold(threshold);
        }
        AnalyzerSettings s = AnalyzerSettings.defaults().withClustering(b.build());
        // clustering is measured on its own: the rewrite pass (bench dedupe) does not change events
        return s.withRewrites(s.rewrites().withEnabled(false));
    }

    private Embedder embedder() {
        return settings().clustering().embeddingWeight() > 0
                ? new MiniLmEmbedder(java.util.concurrent.ForkJoinPool.commonPool()) : null;
    }

    @Override
    public Integer call() throws IOException {
        Path root = Datasets.locate(datasets);
        for (String set : sets) {
            if (!SETS.contains(set)) {
                System.err.println("bench cluster: unknown set '" + set + "' (known: " + SETS + ")");
                return 2;
            }
            Path dir = root.resolve(set);
            if (!Files.isDirectory(dir)) {
                System.out.println("== " + set + ": not found under " + root + ", skipped");
                continue;
            }
            run(set, dir);
        }
        return 0;
    }

    private void run(String set, Path dir) throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        Path input = Files.exists(dir.resolve("docs.jsonl.gz")) ? dir.resolve("docs.jsonl.gz") : dir;
        new InputReader().read(List.of(input), articles::add, ProblemListener.ignoring());
        resetPeaks();
        Run run = analyze(articles, settings(), embedder());
        long peakHeap = peakHeap();
        Map<String, String> events = run.events();
        Map<String, String> storylines = run.storylines();
        AnalysisReport report = run.report();
        System.out.printf("== %s: %,d articles, analyze %.2f s (%,.0f articles/s), peak heap %,d MiB%n", set,
                articles.size(), report.seconds(), report.articlesPerSecond(), peakHeap >> 20);
        Map<String, String> shuffledEvents = null;
        if (shuffleSeed >= 0) {
            List<RawArticle> shuffled = new ArrayList<>(articles);
            java.util.Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
            shuffledEvents = analyze(shuffled, settings(), embedder()).events();
            System.out.printf("   shuffled input (seed %d): B³ F1 %.4f between the ordered and shuffled partitions%n",
                    shuffleSeed, ClusterMetrics.score(events, shuffledEvents).bcubedF1());
        }
        Path gold = dir.resolve("gold.jsonl");
        if (!Files.exists(gold)) {
            System.out.printf("   (no gold) %d events, %d storylines%n", report.events(), report.storylines());
            return;
        }
        Map<String, String> goldEvents = ClusterFiles.readGold(gold, LabelField.EVENT);
        ScoreTable table = new ScoreTable().add("storyline", ClusterMetrics.score(goldEvents, events));
        if (shuffledEvents != null) {
            table.add("storyline shuffled", ClusterMetrics.score(goldEvents, shuffledEvents));
        }
        table.add("all singletons", ScoreTable.singletonBaseline(goldEvents));
        TfidfSinglePass baseline = new TfidfSinglePass(baselineOrder(articles), new Terms());
        ClusterScores best = null;
        double bestT = 0;
        for (double t : GRID) {
            ClusterScores sc = ClusterMetrics.score(goldEvents, baseline.cluster(t));
            if (best == null || sc.bcubedF1() > best.bcubedF1()) {
                best = sc;
                bestT = t;
            }
        }
        table.add(String.format("tfidf@%.1f(tuned)", bestT), best);
        System.out.println("-- events");
        System.out.print(table.format());
        Map<String, String> goldTopics = ClusterFiles.readGold(gold, LabelField.TOPIC);
        if (!goldTopics.isEmpty()) {
            System.out.println("-- storylines vs topics");
            System.out.print(new ScoreTable().add("storyline", ClusterMetrics.score(goldTopics, storylines))
                    .add("all singletons", ScoreTable.singletonBaseline(goldTopics)).format());
        }
    }

    private record Run(AnalysisReport report, Map<String, String> events, Map<String, String> storylines) {}

    /** The full analysis on a temporary store, in the given order. */
    private static Run analyze(List<RawArticle> articles, AnalyzerSettings settings, Embedder embedder)
            throws IOException {
        Path store = Files.createTempDirectory("storyline-bench");
        try (ArticleStore st = ArticleStore.open(store)) {
            Analyzer.Session s = new Analyzer(settings, System::nanoTime, embedder).open(st, AnalysisListener.NONE);
            for (RawArticle a : articles) {
                s.add(a);
            }
            AnalysisReport report = s.finish();
            Snapshot snapshot = st.snapshot();
            Map<String, String> events = new LinkedHashMap<>();
            Map<String, String> storylines = new LinkedHashMap<>();
            for (var a : snapshot.articles()) {
                String e = snapshot.eventOf(a.id()).orElseThrow();
                events.put(a.id(), e);
                storylines.put(a.id(), snapshot.storylineOf(e).orElse(e));
            }
            return new Run(report, events, storylines);
        } finally {
            deleteRecursively(store);
        }
    }

    /** The README's baseline order: by date when at least 90% are dated, else by sha1(id). */
    static List<RawArticle> baselineOrder(List<RawArticle> articles) {
        long dated = articles.stream().filter(a -> a.published() != null).count();
        List<RawArticle> out = new ArrayList<>(articles);
        if (dated >= 0.9 * articles.size()) {
            out.sort(Comparator.comparing(RawArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(RawArticle::id));
        } else {
            out.sort(Comparator.comparing(a -> Ids.sha1(a.id())));
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
