package org.storyline.bench;

import org.storyline.eval.Datasets;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.bench.ExtractionScores.Prf;
import org.storyline.bench.PageExtractors.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench extract}: scores HTML article extraction on {@code extraction-fundus} (pages and
 * {@code expected.jsonl}) for Storyline's extractor and two baselines, jsoup's whole-body text and unmodified
 * readability4j. See {@link ExtractionScores} for the measures. Speed is extraction only (pages already in memory
 * as strings, parsing included), the best of {@code --rounds} timed passes after {@code --warmup} untimed ones, on
 * {@code --threads} threads.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Scores HTML article extraction (body, title, date, authors, pages/s) on extraction-fundus.")
public final class ExtractBench implements Callable<Integer> {

    @Option(names = "--datasets", paramLabel = "DIR", description = "The shared datasets folder (default: found).")
    Path datasets;

    @Option(names = "--set", defaultValue = "extraction-fundus", paramLabel = "NAME",
            description = "The gold set under the datasets folder (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the timing (default: all cores).")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N",
            description = "Untimed passes over all pages before timing, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "Timed passes over all pages; the best is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--system-only", description = "Skip the baselines.")
    boolean systemOnly;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write Storyline's predictions as JSONL (id, title, body, published, authors).")
    Path predictions;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N",
            description = "List the N pages with the lowest body F1 for Storyline.")
    int worst;

    @Override
    public Integer call() throws Exception {
        return run(System.out);
    }

    int run(PrintStream out) throws IOException, InterruptedException, ExecutionException {
        Path dir = Datasets.locate(datasets).resolve(set);
        List<ExtractionCase> cases = ExtractionCases.load(dir);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--threads and --rounds must be >= 1, --warmup >= 0");
        }
        List<PageExtractor> systems = systemOnly ? List.of(PageExtractors.storyline()) : PageExtractors.all();
        out.printf(Locale.ROOT, "extraction benchmark: %s, %d pages, %d thread(s)%n", dir, cases.size(), n);
        out.println("| system | body P | body R | body F1 | body F1 (shingles) | title | date | authors F1 | pages/s |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (PageExtractor system : systems) {
                List<Extraction> results = extractAll(pool, system, cases);
                for (int w = 0; w < warmup; w++) {
                    extractAll(pool, system, cases);
                }
                double pagesPerSecond = 0;
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    extractAll(pool, system, cases);
                    pagesPerSecond = Math.max(pagesPerSecond, cases.size() / ((System.nanoTime() - start) / 1e9));
                }
                ExtractionSummary s = ExtractionSummary.of(cases, results);
                out.printf(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %.3f | %.0f |%n",
                        system.name(), s.precision(), s.recall(), s.f1(), s.shingleF1(), s.title(), s.date(),
                        s.authors(), pagesPerSecond);
                if (system.name().equals("storyline")) {
                    if (predictions != null) {
                        write(predictions, cases, results);
                    }
                    if (worst > 0) {
                        printWorst(out, cases, results);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.println("body P/R/F1: bag of lower-cased word tokens, per page, macro-averaged; shingles: 4-token "
                + "shingles as in the Scrapinghub article-extraction benchmark; title: exact after whitespace "
                + "normalisation; date: same day; authors: set F1 over pages with authors in the gold set");
        return 0;
    }

    static List<Extraction> extractAll(ExecutorService pool, PageExtractor system, List<ExtractionCase> cases)
            throws InterruptedException, ExecutionException {
        List<Future<Extraction>> futures = new ArrayList<>(cases.size());
        for (ExtractionCase c : cases) {
            futures.add(pool.submit(() -> system.extract(c.html(), c.url())));
        }
        List<Extraction> results = new ArrayList<>(cases.size());
        for (Future<Extraction> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private void printWorst(PrintStream out, List<ExtractionCase> cases, List<Extraction> results) {
        record Row(String id, Prf body) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ExtractionCase c = cases.get(i);
            Extraction e = results.get(i);
            rows.add(new Row(c.id(), ExtractionScores.tokens(c.body(), e.body())));
        }
        rows.sort(Comparator.comparingDouble(r -> r.body().f1()));
        for (Row r : rows.subList(0, Math.min(worst, rows.size()))) {
            out.printf(Locale.ROOT, "  %-36s P %.3f R %.3f F1 %.3f%n", r.id(), r.body().precision(),
                    r.body().recall(), r.body().f1());
        }
    }

    private static void write(Path file, List<ExtractionCase> cases, List<Extraction> results) throws IOException {
        JsonMapper json = new JsonMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cases.size(); i++) {
                Extraction e = results.get(i);
                ObjectNode o = json.createObjectNode();
                o.put("id", cases.get(i).id());
                o.put("title", e.title());
                o.put("body", e.body());
                o.put("published", e.published() == null ? null : e.published().toString());
                o.putPOJO("authors", e.authors());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }
}
