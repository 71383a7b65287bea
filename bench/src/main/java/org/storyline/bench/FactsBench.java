package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.storyline.dates.DateMention;
import org.storyline.dates.DateMentions;
import org.storyline.eval.Datasets;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.EntityMention;
import org.storyline.extract.FactExtractor;
import org.storyline.extract.FactMode;
import org.storyline.extract.Quote;
import org.storyline.extract.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench facts}: entities on {@code ner-conll2003-dev} (exact span and type, micro P/R/F1, also
 * over PER+ORG+LOC only), timexes on {@code timex-tbaq} (strict = exact span, relaxed = overlap, one to one; value
 * and type accuracy over relaxed matches; the given document dates as reference), quotes on
 * {@code quotes-polnear-dev} (a quote matches a gold content span when they overlap by at least half of the longer
 * one, one to one, as {@code score_quotes.py}; the speaker is right when its span overlaps the gold source span or
 * the normalised strings contain each other), for FULL and FAST mode and baselines from the same run: capitalised
 * word sequences typed PER for entities, {@link DateMentions} (spans only, no values) for timexes; FAST is the
 * baseline of FULL for quotes. Speed: articles/s over the PolNeAR articles on {@code --threads} threads, after the
 * models are loaded; peak heap per mode.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Scores entities (CoNLL-2003 dev), timexes (TBAQ) and quotes (PolNeAR) in FULL and FAST mode.")
public final class FactsBench implements Callable<Integer> {
    private static final JsonMapper JSON = new JsonMapper();

    @Option(names = "--datasets", paramLabel = "DIR", description = "The shared datasets folder (default: found).")
    Path datasets;

    @Option(names = "--speed-runs", defaultValue = "3", paramLabel = "N",
            description = "Times the quote set is extracted for articles/s; the median run counts, so JIT warm-up "
                    + "does not (default: ${DEFAULT-VALUE}).")
    int speedRuns = 3;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "Use only the first N documents of each set (default: all).")
    int limit;

    @Option(names = "--modes", defaultValue = "FULL,FAST", split = ",", paramLabel = "MODE",
            description = "Modes to run (default: ${DEFAULT-VALUE}).")
    List<FactMode> modes;

    @Option(names = "--dump-errors", paramLabel = "FILE",
            description = "Write the timex value errors and the quote speaker errors of each mode to FILE.")
    Path dumpErrors;

    record Doc(String id, String text, LocalDate date, JsonNode gold) {}

    record Prf(int tp, int pred, int gold) {
        double p() {
            return pred == 0 ? 0 : (double) tp / pred;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(System.out);
    }

    int run(PrintStream out) throws IOException, InterruptedException, ExecutionException {
        Path root = Datasets.locate(datasets);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<Doc> ner = load(root.resolve("ner-conll2003-dev"), "entities");
        List<Doc> timex = load(root.resolve("timex-tbaq"), "timexes");
        List<Doc> quotes = load(root.resolve("quotes-polnear-dev"), "quotes");
        out.printf(Locale.ROOT, "facts benchmark: %s; %d CoNLL docs, %d TBAQ docs, %d PolNeAR docs; %d thread(s)%n",
                root, ner.size(), timex.size(), quotes.size(), n);
        out.println();
        out.println("| system | entity P | entity R | entity F1 | F1 PER+ORG+LOC | untyped F1 | timex strict F1 "
                + "| timex relaxed F1 | value acc | type acc | quote F1 | quote F1 direct | speaker acc "
                + "| speaker acc direct | articles/s | peak heap MiB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        PrintStream dump = dumpErrors == null ? null
                : new PrintStream(Files.newOutputStream(dumpErrors), true, StandardCharsets.UTF_8);
        for (FactMode mode : modes) {
            resetPeaks();
            try (FactExtractor x = new FactExtractor(mode)) {
                x.warmUp();
                List<ArticleFacts> nf = run(x, ner, false, n);
                List<ArticleFacts> tf = run(x, timex, true, n);
                List<ArticleFacts> qf = null;
                double[] rates = new double[Math.max(1, speedRuns)];
                for (int r = 0; r < rates.length; r++) {
                    long t0 = System.nanoTime();
                    qf = run(x, quotes, true, n);
                    rates[r] = quotes.size() / ((System.nanoTime() - t0) / 1e9);
                }
                java.util.Arrays.sort(rates);
                double rate = rates[rates.length / 2];
                row(out, mode.name(), entityScores(ner, nf, Function.identity()), timexScores(timex, tf),
                        quoteScores(quotes, qf), rate, peakHeapMiB());
                if (dump != null) {
                    dump.println("## " + mode + " timex errors: value (doc, DCT, text, gold, predicted), FP and FN spans with context");
                    timexScores(timex, tf, dump);
                    dump.println("## " + mode + " speaker errors (doc, quote, gold speaker, predicted speaker)");
                    quoteScores(quotes, qf, false, dump);
                }
            }
        }
        if (dump != null) {
            dump.close();
        }
        // baselines
        List<ArticleFacts> capsNer = new ArrayList<>();
        for (Doc d : ner) {
            capsNer.add(new ArticleFacts(d.id(), FactMode.FAST, false, capitalised(d.text()), List.of(), List.of(),
                    List.of()));
        }
        List<ArticleFacts> dm = new ArrayList<>();
        DateMentions dates = new DateMentions();
        for (Doc d : timex) {
            List<Timex> ts = new ArrayList<>();
            for (DateMention m : dates.find(d.text())) {
                ts.add(new Timex(m.start(), m.end(), m.text(), org.storyline.extract.TimexType.DATE, null));
            }
            dm.add(new ArticleFacts(d.id(), FactMode.FAST, false, List.of(), ts, List.of(), List.of()));
        }
        row(out, "baseline (capitalised → PER; DateMentions)", entityScores(ner, capsNer, Function.identity()),
                timexScores(timex, dm), null, Double.NaN, Double.NaN);
        out.println();
        out.println("Quote matching: overlap >= 50% of the longer span, one to one; speaker right when its span "
                + "overlaps the gold source span or the normalised strings contain each other (gold with a source).");
        return 0;
    }

    private static void row(PrintStream out, String name, double[] e, double[] t, double[] q, double rate,
            double heap) {
        out.printf(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | **%.3f** | **%.3f** | %.3f | %s | %s "
                        + "| %s | %s | %s | %s |%n", name, e[0], e[1], e[2], e[3], e[4], t[0], t[1], t[2], t[3],
                q == null ? "–" : fmt(q[0]), q == null ? "–" : fmt(q[1]), q == null ? "–" : "**" + fmt(q[2]) + "**",
                q == null ? "–" : fmt(q[3]), Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.0f", rate),
                Double.isNaN(heap) ? "–" : String.format(Locale.ROOT, "%.0f", heap));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<ArticleFacts> run(FactExtractor x, List<Doc> docs, boolean dated, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleFacts>> jobs = new ArrayList<>();
            for (Doc d : docs) {
                jobs.add(pool.submit(() -> x.extract(d.id(), d.text(), dated ? d.date() : null)));
            }
            List<ArticleFacts> out = new ArrayList<>();
            for (Future<ArticleFacts> j : jobs) {
                out.add(j.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {P, R, F1, F1 over PER+ORG+LOC, untyped span F1}. */
    static double[] entityScores(List<Doc> docs, List<ArticleFacts> pred, Function<String, String> typeMap) {
        int tp = 0, np = 0, ng = 0, tp3 = 0, np3 = 0, ng3 = 0, tpu = 0;
        for (int i = 0; i < docs.size(); i++) {
            Map<String, String> gold = new HashMap<>();
            for (JsonNode g : docs.get(i).gold()) {
                gold.put(g.get("start").asInt() + ":" + g.get("end").asInt(), g.get("type").asText());
            }
            ng += gold.size();
            ng3 += (int) gold.values().stream().filter(t -> !t.equals("MISC")).count();
            for (EntityMention m : pred.get(i).entities()) {
                String key = m.start() + ":" + m.end();
                String type = m.type().name();
                np++;
                if (!type.equals("MISC")) {
                    np3++;
                }
                String g = gold.get(key);
                if (g != null) {
                    tpu++;
                    if (g.equals(type)) {
                        tp++;
                        if (!type.equals("MISC")) {
                            tp3++;
                        }
                    }
                }
            }
        }
        return new double[] {new Prf(tp, np, ng).p(), new Prf(tp, np, ng).r(), new Prf(tp, np, ng).f1(),
                new Prf(tp3, np3, ng3).f1(), new Prf(tpu, np, ng).f1()};
    }

    /** {strict F1, relaxed F1, value accuracy, type accuracy} (accuracies over relaxed matches). */
    static double[] timexScores(List<Doc> docs, List<ArticleFacts> pred) {
        return timexScores(docs, pred, null);
    }

    private static double[] timexScores(List<Doc> docs, List<ArticleFacts> pred, PrintStream dump) {
        int strict = 0, relaxed = 0, np = 0, ng = 0, value = 0, type = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<JsonNode> gold = new ArrayList<>();
            docs.get(i).gold().forEach(gold::add);
            ng += gold.size();
            boolean[] used = new boolean[gold.size()];
            for (Timex t : pred.get(i).timexes()) {
                np++;
                int best = -1;
                for (int g = 0; g < gold.size(); g++) {
                    JsonNode gn = gold.get(g);
                    if (!used[g] && t.start() < gn.get("end").asInt() && gn.get("start").asInt() < t.end()) {
                        best = g;
                        if (gn.get("start").asInt() == t.start() && gn.get("end").asInt() == t.end()) {
                            break;
                        }
                    }
                }
                if (best < 0) {
                    if (dump != null) {
                        dump.printf(Locale.ROOT, "FP\t%s\t%s\t%s\t%s%n", docs.get(i).id(), oneLine(t.text()),
                                t.value(), oneLine(context(docs.get(i).text(), t.start(), t.end())));
                    }
                    continue;
                }
                used[best] = true;
                JsonNode gn = gold.get(best);
                relaxed++;
                if (gn.get("start").asInt() == t.start() && gn.get("end").asInt() == t.end()) {
                    strict++;
                }
                if (t.value() != null && t.value().equals(gn.path("value").asText(null))) {
                    value++;
                } else if (dump != null) {
                    dump.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", docs.get(i).id(), docs.get(i).date(),
                            oneLine(t.text()) + " / " + oneLine(gn.path("text").asText("")),
                            gn.path("value").asText(null), t.value());
                }
                if (t.type().name().equals(gn.get("type").asText())) {
                    type++;
                }
            }
            for (int g = 0; dump != null && g < gold.size(); g++) {
                if (!used[g]) {
                    JsonNode gn = gold.get(g);
                    dump.printf(Locale.ROOT, "FN\t%s\t%s\t%s\t%s%n", docs.get(i).id(), oneLine(gn.path("text").asText("")),
                            gn.path("value").asText(null), oneLine(context(docs.get(i).text(), gn.get("start").asInt(),
                                    gn.get("end").asInt())));
                }
            }
        }
        return new double[] {new Prf(strict, np, ng).f1(), new Prf(relaxed, np, ng).f1(),
                relaxed == 0 ? 0 : (double) value / relaxed, relaxed == 0 ? 0 : (double) type / relaxed};
    }

    /** {quote F1, quote F1 direct only, speaker accuracy, speaker accuracy direct only}. */
    static double[] quoteScores(List<Doc> docs, List<ArticleFacts> pred) {
        double[] all = quoteScores(docs, pred, false, null);
        double[] direct = quoteScores(docs, pred, true, null);
        return new double[] {all[0], direct[0], all[1], direct[1]};
    }

    private static double[] quoteScores(List<Doc> docs, List<ArticleFacts> pred, boolean directOnly,
            PrintStream dump) {
        int tp = 0, np = 0, ng = 0, withSpeaker = 0, right = 0;
        for (int i = 0; i < docs.size(); i++) {
            String text = docs.get(i).text();
            List<JsonNode> gold = new ArrayList<>();
            for (JsonNode g : docs.get(i).gold()) {
                if (!directOnly || g.path("direct").asBoolean()) {
                    gold.add(g);
                }
            }
            ng += gold.size();
            boolean[] used = new boolean[gold.size()];
            for (Quote q : pred.get(i).quotes()) {
                if (directOnly && !q.direct()) {
                    continue;
                }
                np++;
                int best = -1;
                int bestOverlap = 0;
                for (int g = 0; g < gold.size(); g++) {
                    int gs = gold.get(g).get("start").asInt();
                    int ge = gold.get(g).get("end").asInt();
                    int overlap = Math.min(ge, q.end()) - Math.max(gs, q.start());
                    int longer = Math.max(ge - gs, q.end() - q.start());
                    if (!used[g] && overlap * 2 >= longer && overlap > bestOverlap) {
                        best = g;
                        bestOverlap = overlap;
                    }
                }
                if (best < 0) {
                    continue;
                }
                used[best] = true;
                tp++;
                JsonNode g = gold.get(best);
                if (g.get("speaker").isNull()) {
                    continue;
                }
                withSpeaker++;
                if (q.hasSpeaker() && speakerMatches(q, g)) {
                    right++;
                } else if (dump != null) {
                    int cs = Math.max(0, q.start() - 150);
                    int ce = Math.min(text.length(), q.end() + 100);
                    dump.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", docs.get(i).id(), q.direct() ? "D" : "I",
                            g.get("speaker").asText(), q.speaker(),
                            oneLine(text.substring(cs, q.start()) + "[[" + text.substring(q.start(), q.end()) + "]]"
                                    + text.substring(q.end(), ce)));
                }
            }
            if (text == null) {
                throw new IllegalStateException();
            }
        }
        return new double[] {new Prf(tp, np, ng).f1(), withSpeaker == 0 ? 0 : (double) right / withSpeaker};
    }

    private static String context(String text, int start, int end) {
        int s = Math.max(0, start - 60);
        int e = Math.min(text.length(), end + 60);
        return text.substring(s, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, e);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    private static boolean speakerMatches(Quote q, JsonNode g) {
        int gs = g.get("speaker_start").asInt();
        int ge = g.get("speaker_end").asInt();
        if (q.speakerStart() < ge && gs < q.speakerEnd()) {
            return true;
        }
        String a = norm(q.speaker());
        String b = norm(g.get("speaker").asText());
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    /** The NER baseline: every maximal run of capitalised words, typed PER. */
    static List<EntityMention> capitalised(String text) {
        List<EntityMention> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)*")
                .matcher(text);
        while (m.find()) {
            out.add(new EntityMention(m.start(), m.end(), m.group(), org.storyline.extract.EntityType.PER));
        }
        return out;
    }

    private List<Doc> load(Path dir, String goldField) throws IOException {
        Map<String, JsonNode> gold = new HashMap<>();
        for (JsonNode g : lines(dir.resolve("gold.jsonl"))) {
            gold.putIfAbsent(g.get("id").asText(), g.get(goldField));
        }
        List<Doc> docs = new ArrayList<>();
        for (JsonNode d : lines(dir.resolve("docs.jsonl"))) {
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
            String id = d.get("id").asText();
            String published = d.path("published").asText("");
            LocalDate date = published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null;
            docs.add(new Doc(id, d.get("text").asText(), date,
                    gold.getOrDefault(id, JSON.createArrayNode())));
        }
        return docs;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
