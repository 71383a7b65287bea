package org.storyline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.analyze.AnalysisListener;
import org.storyline.analyze.AnalysisReport;
import org.storyline.analyze.Analyzer;
import org.storyline.analyze.AnalyzerSettings;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.eval.Datasets;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.Snapshot;
import org.storyline.store.ArticleStore;
import org.storyline.web.Library;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench serve}: builds a store of N articles from the shared corpora (repeated with light edits
 * to reach N), analyses it, brings up the search index (MiniLM embeddings of every lead), starts the server on
 * loopback and measures search (text and hybrid) and event-page latency under a bounded concurrent load.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Latency of search and the event page under concurrent load, on a store of N articles.")
final class ServeBench implements Callable<Integer> {
    private static final List<String> CORPORA = List.of("reuters21578", "bbc-fulltext", "ag-news", "gva-dev");

    @Option(names = "--datasets", description = "datasets folder (default: ../shared/datasets)")
    Path datasets;

    @Option(names = "--articles", defaultValue = "100000", description = "articles in the store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--requests", defaultValue = "3000", description = "measured requests (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--threads", defaultValue = "4", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--store", description = "store to build or reuse (default: a temporary folder, deleted after)")
    Path store;

    @Option(names = "--embedder", defaultValue = "minilm",
            description = "minilm (the served model) or hashed (word hashing: no model cost, for the serving path alone)")
    String embedder;

    @Option(names = "--derived", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "Compute the derived files (FAST facts, entities, comparison, summaries) into the store "
                    + "first, as an ingest does, so that the event and article pages show them (default: on).")
    boolean derived = true;

    @Option(names = "--rewrites", defaultValue = "false", negatable = true, fallbackValue = "true",
            description = "Run the rewrite (sentence alignment) pass while building the store (default: off; "
                    + "serving is what is measured)")
    boolean rewrites;

    enum Kind { TEXT_SEARCH, HYBRID_SEARCH, EVENT_PAGE, ARTICLE_PAGE }

    @Override
    public Integer call() throws Exception {
        Path data = Datasets.locate(datasets);
        boolean temporary = store == null;
        Path dir = temporary ? Files.createTempDirectory("storyline-bench-serve") : store;
        try {
            return run(data, dir);
        } finally {
            if (temporary) {
                deleteRecursively(dir);
            }
        }
    }

    private int run(Path data, Path dir) throws Exception {
        List<BenchDocs.Doc> docs = new ArrayList<>();
        for (String c : CORPORA) {
            Path gz = data.resolve(c).resolve("docs.jsonl.gz");
            if (Files.isRegularFile(gz)) {
                BenchDocs.read(gz).forEach(d -> docs.add(new BenchDocs.Doc(c + "/" + d.id(), d.title(), d.text())));
            } else {
                System.err.println("bench serve: " + gz + " missing, skipped");
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no corpus found under " + data);
        }
        System.out.printf(Locale.ROOT, "bench serve: %,d source documents from %s; store of %,d articles in %s%n",
                docs.size(), String.join(", ", CORPORA), articles, dir);

        long t0 = System.nanoTime();
        AnalysisReport report;
        int stored;
        try (ArticleStore st = ArticleStore.open(dir)) {
            stored = st.articleCount();
        }
        if (stored >= articles) {
            System.out.printf(Locale.ROOT, "reusing the store: %,d articles already in %s%n", stored, dir);
            return serve(dir, docs);
        }
        try (ArticleStore st = ArticleStore.open(dir)) {
            AnalyzerSettings settings = AnalyzerSettings.defaults();
            settings = settings.withRewrites(settings.rewrites().withEnabled(rewrites));
            Analyzer.Session session = new Analyzer(settings, System::nanoTime).open(st, AnalysisListener.NONE);
            LocalDate day0 = LocalDate.of(2020, 1, 1);
            for (int i = 0; i < articles; i++) {
                BenchDocs.Doc d = docs.get(i % docs.size());
                int round = i / docs.size();
                String text = round == 0 ? d.text() : edited(d.text(), round);
                session.add(new RawArticle(round == 0 ? d.id() : d.id() + "~" + round, d.title(), text,
                        day0.plusDays(i % 1500), d.id().substring(0, d.id().indexOf('/')) + (round % 3), null, "en",
                        new Origin("bench", i + 1)));
            }
            report = session.finish();
        }
        double analyseS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "analysed: %,d articles, %,d events, %,d storylines in %.1f s%n",
                report.added(), report.events(), report.storylines(), analyseS);
        return serve(dir, docs);
    }

    private int serve(Path dir, List<BenchDocs.Doc> docs) throws Exception {
        if (derived && !Files.isRegularFile(org.storyline.output.DerivedFiles.dir(dir)
                .resolve(org.storyline.output.DerivedFiles.FACTS))) {
            long td = System.nanoTime();
            Snapshot snap;
            try (ArticleStore st = ArticleStore.open(dir)) {
                snap = st.snapshot();
            }
            org.storyline.output.DerivedFiles.compute(snap, dir, org.storyline.extract.FactMode.FAST,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "derived files (FAST facts, entities, comparison, summaries): %.1f s%n",
                    (System.nanoTime() - td) / 1e9);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        long t1 = System.nanoTime();
        org.storyline.embed.Embedder emb = switch (embedder) {
            case "minilm" -> new MiniLmEmbedder(pool);
            case "hashed" -> new org.storyline.index.HashedWordsEmbedder(MiniLmEmbedder.DIMENSION);
            default -> throw new IllegalArgumentException("--embedder: minilm or hashed, not " + embedder);
        };
        try (Library library = Library.ofStore(dir, emb);
                WebServer server = WebServer.start(library, new WebServer.Settings("127.0.0.1", 0))) {
            double indexS = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "search index (BM25 + %s lead embeddings): %.1f s (%,.0f articles/s)%n",
                    embedder, indexS, articles / indexS);
            load(library.snapshot(), server.port(), docs);
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /** A light edit: a word dropped and a line of its own added, so the copy is a near duplicate. */
    private static String edited(String text, int round) {
        String[] words = text.split(" ");
        int drop = Math.floorMod(round * 31, Math.max(1, words.length));
        StringBuilder b = new StringBuilder(text.length() + 40);
        for (int i = 0; i < words.length; i++) {
            if (i != drop) {
                b.append(i == 0 ? "" : " ").append(words[i]);
            }
        }
        return b.append("\n\nUpdated version ").append(round).append('.').toString();
    }

    private void load(Snapshot s, int port, List<BenchDocs.Doc> docs) throws Exception {
        Random rnd = new Random(42);
        List<String> queries = new ArrayList<>();
        while (queries.size() < 500) {
            BenchDocs.Doc d = docs.get(rnd.nextInt(docs.size()));
            String[] w = (d.title() == null ? d.text() : d.title()).split("\\W+");
            List<String> good = Arrays.stream(w).filter(x -> x.length() > 3).toList();
            if (good.isEmpty()) {
                continue;
            }
            int n = 1 + rnd.nextInt(Math.min(3, good.size()));
            int start = rnd.nextInt(good.size() - n + 1);
            queries.add(String.join(" ", good.subList(start, start + n)));
        }
        List<String> events = s.events().stream().map(e -> e.id()).toList();
        List<String> articleIds = s.articles().stream().map(a -> a.id()).toList();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
        String base = "http://127.0.0.1:" + port;
        Kind[] kinds = Kind.values();
        int warmup = Math.min(300, requests / 5);
        List<String> paths = new ArrayList<>();
        List<Kind> pathKinds = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            Kind k = kinds[i % kinds.length];
            String q = URLEncoder.encode(queries.get(rnd.nextInt(queries.size())), StandardCharsets.UTF_8);
            paths.add(switch (k) {
                case TEXT_SEARCH -> "/api/search?mode=text&q=" + q;
                case HYBRID_SEARCH -> "/search?mode=hybrid&q=" + q;
                case EVENT_PAGE -> "/events/" + events.get(rnd.nextInt(events.size()));
                case ARTICLE_PAGE -> "/articles/" + URLEncoder.encode(articleIds.get(rnd.nextInt(articleIds.size())),
                        StandardCharsets.UTF_8).replace("%2F", "/");
            });
            pathKinds.add(k);
        }
        Map<Kind, List<Long>> lat = new EnumMap<>(Kind.class);
        for (Kind k : kinds) {
            lat.put(k, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long[] window = new long[2];
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < paths.size()) {
                    if (i == warmup) {
                        window[0] = System.nanoTime();
                    }
                    long a = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    long ns = System.nanoTime() - a;
                    if (i >= warmup) {
                        lat.get(pathKinds.get(i)).add(ns);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        window[1] = System.nanoTime();
        clients.shutdown();
        double seconds = (window[1] - window[0]) / 1e9;
        System.out.printf(Locale.ROOT, "%nload: %d client threads, %,d measured requests after %,d warm-up, %s%n",
                threads, requests, warmup, Instant.now());
        System.out.println("| request | n | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Kind k : kinds) {
            long[] v = lat.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    k.name().toLowerCase(Locale.ROOT).replace('_', ' '), v.length, pct(v, 50), pct(v, 95),
                    pct(v, 99), v.length == 0 ? 0 : v[v.length - 1] / 1e6);
        }
        System.out.printf(Locale.ROOT, "throughput: %.0f requests/s; errors (non-200): %d%n", requests / seconds,
                errors.get());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)] / 1e6;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
