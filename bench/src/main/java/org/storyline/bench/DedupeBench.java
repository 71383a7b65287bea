package org.storyline.bench;

import org.storyline.eval.Datasets;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storyline.clean.CleanStage;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.dedupe.NearDuplicateIndex;
import org.storyline.dedupe.NearDuplicateSettings;
import org.storyline.dedupe.NearDuplicates;
import org.storyline.dedupe.Sketcher;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.model.Relation;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.provenance.RewriteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench dedupe}: exact and near duplicates (issue #5).
 *
 * <ul>
 *   <li>{@code groups}: duplicate pairs on reuters21578 and bbc-fulltext against their gold groups, and against
 *       an exhaustive exact reference (word-5-gram Jaccard ≥ 0.8, bbc-fulltext's definition, see
 *       {@link ReferencePairs}), next to the exact-hash-only baseline;
 *   <li>{@code edits}: copies of real articles derived with controlled edits ({@link EditLevel}), precision and
 *       recall per level;
 *   <li>{@code rewrites}: rewrites generated from real articles (synonyms, clause reordering, spun copies),
 *       precision / recall / F1 per edit ({@link RewriteBench});
 *   <li>{@code independent}: the false-family rate among independent reports of one event (ecbplus-dev);
 *   <li>{@code semeval}: Pearson correlation of pair similarities with similarity-semeval22-dev, per language pair,
 *       next to a TF-IDF cosine baseline;
 *   <li>{@code scale}: articles/s and heap at the given sizes, the corpora repeated with seeded edits, next to
 *       exact hashing alone, a plain Lucene {@code MinHashFilter} + LSH harness ({@link LuceneMinHashBaseline},
 *       up to {@code --lucene-max}) and a naive all-pairs Jaccard baseline (stopped after {@code --naive-cap}
 *       seconds, and not started where the previous size predicts more).
 * </ul>
 * Everything is seeded: two runs print the same quality figures.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = "Exact and near duplicates: gold groups, controlled edits, throughput (issue #5).")
public final class DedupeBench implements Callable<Integer> {
    private static final long SEED = 20_261_125L;
    private static final String[] CORPORA = {"reuters21578", "bbc-fulltext"};

    @Option(names = "--datasets", description = "datasets folder (default: ../shared/datasets)")
    Path datasets;

    @Option(names = "--parts", split = ",", description = "groups, edits, rewrites, independent, seeds, semeval, scale "
            + "(default: all)")
    List<String> parts = List.of("groups", "edits", "rewrites", "independent", "seeds", "semeval",
            "scale");

    @Option(names = "--rewrite-samples", description = "articles rewritten per edit in the rewrites part "
            + "(default: ${DEFAULT-VALUE})")
    int rewriteSamples = 200;

    @Option(names = "--rewrite-threshold", description = "rewrite score from which a pair is a rewrite (default: the settings')")
    Double rewriteThreshold;

    @Option(names = "--features-out", description = "write the features of every compared pair of the rewrites "
            + "and independent parts to TSV files in this folder (diagnostics)")
    Path featuresOut;

    @Option(names = "--independent-set", description = "the set of independent reports for the false-family rate "
            + "(default: ${DEFAULT-VALUE})")
    String independentSet = "ecbplus-dev";

    @Option(names = "--sizes", split = ",", description = "article counts for the scale part (default: ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

    @Option(names = "--naive-cap", description = "seconds after which the all-pairs baseline stops (default: ${DEFAULT-VALUE})")
    int naiveCap = 180;

    @Option(names = "--lucene-max", description = "largest size for the Lucene MinHashFilter baseline "
            + "(default: ${DEFAULT-VALUE}; its 100 string tokens per article do not fit the heap at 1M)")
    int luceneMax = 100_000;

    @Option(names = "--edit-samples", description = "articles copied per edit level (default: ${DEFAULT-VALUE})")
    int editSamples = 1000;

    @Option(names = "--batch-size", description = "articles per batch (default: ${DEFAULT-VALUE})")
    int batchSize = 2000;

    @Option(names = "--shingle-words", description = "words per shingle (default: the settings' default)")
    Integer shingleWords;

    @Option(names = "--threshold", description = "near-duplicate Jaccard threshold (default: the settings' default)")
    Double threshold;

    @Option(names = "--verbose", description = "list the wrong pairs of the groups part on stderr")
    boolean verbose;

    private NearDuplicateSettings settings;
    private final CleanStage clean = new CleanStage();

    @Override
    public Integer call() throws Exception {
        settings = NearDuplicateSettings.defaults();
        if (shingleWords != null) {
            settings = settings.withShingleWords(shingleWords);
        }
        if (threshold != null) {
            settings = settings.withThreshold(threshold);
        }
        for (String p : parts) {
            if (!Set.of("groups", "edits", "rewrites", "independent", "seeds", "semeval", "scale").contains(p)) {
                throw new IllegalArgumentException("unknown part '" + p
                        + "' (expected groups, edits, rewrites, independent, seeds, semeval or scale)");
            }
        }
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("sizes must be >= 1, got " + n);
            }
        }
        Path data = Datasets.locate(datasets);
        System.out.printf(Locale.ROOT, "settings: %d-word shingles, %d bands × %d rows, bottom-%d, Jaccard ≥ %.2f; "
                + "%d cores, max heap %d MiB%n", settings.shingleWords(), settings.bands(), settings.rows(),
                settings.bottomK(), settings.threshold(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Corpus> corpora = new TreeMap<>();
        if (parts.stream().anyMatch(Set.of("groups", "edits", "rewrites", "scale")::contains)) {
            for (String c : CORPORA) {
                corpora.put(c, Corpus.load(data.resolve(c), clean));
            }
        }
        if (parts.contains("groups")) {
            groups(corpora);
        }
        if (parts.contains("edits")) {
            edits(corpora);
        }
        RewriteSettings rs = RewriteSettings.defaults();
        if (rewriteThreshold != null) {
            rs = rs.withRewriteThreshold(rewriteThreshold);
        }
        RewriteBench rewrites = new RewriteBench(rs, new CachingEmbedder(new MiniLmEmbedder(
                java.util.concurrent.ForkJoinPool.commonPool())), SEED, featuresOut);
        if (parts.contains("rewrites")) {
            rewrites.generator(editBases(corpora, rewriteSamples), vocabulary(corpora.values().stream()
                    .flatMap(c -> c.cleaned().stream()).toList()), clean);
        }
        if (parts.contains("independent")) {
            rewrites.independent(data.resolve(independentSet), clean);
        }
        if (parts.contains("seeds")) {
            rewrites.seeds(data.resolve("seeds"), clean);
        }
        if (parts.contains("semeval")) {
            rewrites.semeval(data.resolve("similarity-semeval22-dev"));
        }
        if (parts.contains("scale")) {
            scale(corpora);
        }
        return 0;
    }

    /** A corpus with its cleaned articles, README gold groups and exhaustive reference groups. */
    private record Corpus(String name, List<BenchDocs.Doc> docs, List<Article> cleaned, List<List<String>> gold,
            List<List<String>> goldExact, List<List<String>> reference, Set<String> directPairs, double cleanSeconds) {
        static Corpus load(Path dir, CleanStage clean) throws Exception {
            List<BenchDocs.Doc> docs = BenchDocs.read(dir.resolve("docs.jsonl.gz"));
            long t0 = System.nanoTime();
            List<Article> cleaned = docs.parallelStream().map(d -> clean.apply(Article.of(raw(d)))).toList();
            double cleanSeconds = (System.nanoTime() - t0) / 1e9;
            List<List<String>> gold = DuplicateGroups.read(dir.resolve("duplicates.jsonl"), null);
            boolean kinds = gold.isEmpty() || !DuplicateGroups.read(dir.resolve("duplicates.jsonl"), "exact").isEmpty();
            List<List<String>> goldExact = kinds ? DuplicateGroups.read(dir.resolve("duplicates.jsonl"), "exact") : gold;
            DuplicateGroups ref = new DuplicateGroups();
            ref.linkAll(gold);
            Set<String> direct = new HashSet<>(DuplicateGroups.pairs(gold));
            for (ReferencePairs.Pair p : ReferencePairs.find(docs, 0.8)) {
                ref.link(docs.get(p.a()).id(), docs.get(p.b()).id());
                direct.addAll(DuplicateGroups.pairs(List.of(List.of(docs.get(p.a()).id(), docs.get(p.b()).id()))));
            }
            return new Corpus(dir.getFileName().toString(), docs, cleaned, gold, goldExact, ref.groups(), direct,
                    cleanSeconds);
        }
    }

    private static RawArticle raw(BenchDocs.Doc d) {
        return new RawArticle(d.id(), d.title(), d.text(), null, null, null, "en", new Origin(d.id(), 0));
    }

    private List<Article> run(DedupeEngine engine, List<Article> articles) {
        List<Article> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i += batchSize) {
            out.addAll(engine.process(articles.subList(i, Math.min(articles.size(), i + batchSize))));
        }
        return out;
    }

    private static List<List<String>> predictedGroups(List<Article> marked) {
        DuplicateGroups g = new DuplicateGroups();
        for (Article a : marked) {
            if (a.duplicateOf() != null) {
                g.link(a.duplicateOf(), a.id());
            }
        }
        return g.groups();
    }

    // ---------------------------------------------------------------------------------------------- groups

    private void groups(Map<String, Corpus> corpora) {
        System.out.println();
        System.out.println("## (a) duplicate groups: pairwise precision / recall");
        System.out.println();
        System.out.println("| corpus | gold | system | pairs predicted / gold | precision | recall | F1 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Corpus c : corpora.values()) {
            List<Article> exactOnly = run(new DedupeEngine(null), c.cleaned());
            List<Article> withNear = run(new DedupeEngine(new NearDuplicateIndex(settings)), c.cleaned());
            Set<String> exactPairs = DuplicateGroups.pairs(predictedGroups(exactOnly));
            Set<String> nearPairs = DuplicateGroups.pairs(predictedGroups(withNear));
            String readme = c.name().equals("bbc-fulltext") ? "README exact + near groups" : "README exact groups";
            row(c.name(), readme, "exact hash only (baseline)", exactPairs, DuplicateGroups.pairs(c.gold()));
            row(c.name(), readme, "exact + near (system)", nearPairs, DuplicateGroups.pairs(c.gold()));
            if (c.goldExact() != c.gold()) {
                row(c.name(), "README exact groups", "exact hash only (baseline)", exactPairs,
                        DuplicateGroups.pairs(c.goldExact()));
            }
            row(c.name(), "exhaustive w5-Jaccard ≥ 0.8 ∪ README", "exact hash only (baseline)", exactPairs,
                    DuplicateGroups.pairs(c.reference()));
            row(c.name(), "exhaustive w5-Jaccard ≥ 0.8 ∪ README", "exact + near (system)", nearPairs,
                    DuplicateGroups.pairs(c.reference()));
            links(c, "exact hash only (baseline)", exactOnly);
            links(c, "exact + near (system)", withNear);
            if (verbose) {
                explain(c, nearPairs, DuplicateGroups.pairs(c.reference()));
            }
        }
    }

    /**
     * Per article: is it a copy of an earlier article, and of which? Gold: the later article of each direct
     * reference pair (w5-Jaccard ≥ 0.8, or one README group); a link (article → derived_from) is right when the
     * two form such a pair. Unlike group pairs, this does not count the pairs that transitive closure adds.
     */
    private static void links(Corpus c, String system, List<Article> marked) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < c.docs().size(); i++) {
            order.put(c.docs().get(i).id(), i);
        }
        Set<String> later = new HashSet<>();
        for (String p : c.directPairs()) {
            String[] ids = p.split(" ");
            later.add(order.get(ids[0]) > order.get(ids[1]) ? ids[0] : ids[1]);
        }
        int predicted = 0;
        int correct = 0;
        for (Article a : marked) {
            if (a.derivation() == null) {
                continue;
            }
            predicted++;
            String from = a.derivation().derivedFrom();
            String pair = from.compareTo(a.id()) < 0 ? from + " " + a.id() : a.id() + " " + from;
            if (c.directPairs().contains(pair)) {
                correct++;
            }
        }
        double p = predicted == 0 ? 1 : (double) correct / predicted;
        double r = later.isEmpty() ? 1 : (double) correct / later.size();
        System.out.printf(Locale.ROOT, "| %s | per article: copy of an earlier one (direct pairs) | %s | %d / %d | "
                + "%.4f | %.4f | %.4f |%n", c.name(), system, predicted, later.size(), p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void row(String corpus, String gold, String system, Set<String> predicted, Set<String> goldPairs) {
        DuplicateGroups.Score s = DuplicateGroups.Score.of(predicted, goldPairs);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %d / %d | %.4f | %.4f | %.4f |%n", corpus, gold, system,
                s.predicted(), s.gold(), s.precision(), s.recall(), s.f1());
    }

    private void explain(Corpus c, Set<String> predicted, Set<String> gold) {
        Map<String, Article> byId = new HashMap<>();
        c.cleaned().forEach(a -> byId.put(a.id(), a));
        Sketcher sketcher = new Sketcher(settings);
        for (String p : predicted) {
            if (!gold.contains(p)) {
                System.err.println("FP " + p + " " + similarity(sketcher, byId, p));
            }
        }
        for (String p : gold) {
            if (!predicted.contains(p)) {
                System.err.println("FN " + p + " " + similarity(sketcher, byId, p));
            }
        }
    }

    private static String similarity(Sketcher sketcher, Map<String, Article> byId, String pair) {
        String[] ids = pair.split(" ");
        var s = sketcher.exactSimilarity(NearDuplicates.text(byId.get(ids[0])), NearDuplicates.text(byId.get(ids[1])));
        return String.format(Locale.ROOT, "J=%.3f C=%.3f", s.jaccard(), s.containment());
    }

    // ----------------------------------------------------------------------------------------------- edits

    private void edits(Map<String, Corpus> corpora) {
        List<Article> all = new ArrayList<>();
        Set<String> inGroups = new HashSet<>();
        for (Corpus c : corpora.values()) {
            all.addAll(c.cleaned());
            c.reference().forEach(inGroups::addAll);
        }
        DedupeEngine base = new DedupeEngine(new NearDuplicateIndex(settings));
        NearDuplicateIndex index = null;
        List<Article> marked = new ArrayList<>();
        for (int i = 0; i < all.size(); i += batchSize) {
            marked.addAll(base.process(all.subList(i, Math.min(all.size(), i + batchSize))));
        }
        List<Article> bases = editBases(marked, inGroups, editSamples);
        List<String> vocabulary = vocabulary(all);
        byte[] checkpoint = indexOf(base).toBytes();
        Sketcher sketcher = new Sketcher(settings);

        System.out.println();
        System.out.printf(Locale.ROOT, "## (b) controlled edits: %d real articles (reuters21578 + bbc-fulltext, ≥ 3 "
                + "sentences and 50 words, in no duplicate group), one copy each per level, added after all %d "
                + "articles%n%n", bases.size(), all.size());
        int longBases = (int) bases.stream().filter(DedupeBench::isLong).count();
        System.out.printf(Locale.ROOT, "| edit | kind | mean shingle Jaccard | marked copy / near-copy | precision | "
                + "recall | recall, the %d articles of ≥ %d words |%n", longBases, LONG_WORDS);
        System.out.println("|---|---|---|---|---|---|---|");
        for (EditLevel level : EditLevel.values()) {
            DedupeEngine engine = base.fork(NearDuplicateIndex.fromBytes(checkpoint, settings));
            List<Article> copies = new ArrayList<>();
            double sumJ = 0;
            for (int i = 0; i < bases.size(); i++) {
                Article b = bases.get(i);
                SplittableRandom r = new SplittableRandom(SEED * 31 + level.ordinal() * 1_000_003L + i);
                String text = level.apply(b.original(), r, vocabulary);
                Article copy = clean.apply(Article.of(new RawArticle("copy-" + level + "-" + b.id(), b.title(), text,
                        null, null, null, "en", new Origin("edit", i))));
                copies.add(copy);
                sumJ += sketcher.exactSimilarity(NearDuplicates.text(b), NearDuplicates.text(copy)).jaccard();
            }
            List<Article> out = run(engine, copies);
            int tp = 0;
            int tpLong = 0;
            int fp = 0;
            int asCopy = 0;
            int asNear = 0;
            for (int i = 0; i < out.size(); i++) {
                Article a = out.get(i);
                if (a.duplicateOf() == null) {
                    continue;
                }
                if (a.relation() == Relation.COPY) {
                    asCopy++;
                } else {
                    asNear++;
                }
                if (a.duplicateOf().equals(bases.get(i).id())) {
                    tp++;
                    tpLong += isLong(bases.get(i)) ? 1 : 0;
                } else {
                    fp++;
                }
            }
            double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
            double recall = (double) tp / bases.size();
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %d / %d | %s | %.4f | %.4f |%n", level.label(),
                    level.nearCopy() ? "near copy" : "rewrite (not yet detected: sentence alignment)",
                    sumJ / bases.size(), asCopy, asNear, Double.isNaN(precision) ? "–" : String.format(Locale.ROOT,
                            "%.4f", precision), recall, longBases == 0 ? Double.NaN : (double) tpLong / longBases);
        }
    }

    /**
     * The real articles the generators edit: originals of at least 3 sentences and 50 words in no duplicate group,
     * shuffled (seeded), the first {@code samples}.
     */
    private static List<Article> editBases(List<Article> marked, Set<String> inGroups, int samples) {
        List<Article> bases = new ArrayList<>();
        for (Article a : marked) {
            if (a.duplicateOf() == null && !inGroups.contains(a.id()) && EditLevel.sentences(a.body()).size() >= 3
                    && a.body().split("\\s+").length >= 50) {
                bases.add(a);
            }
        }
        SplittableRandom shuffle = new SplittableRandom(SEED);
        for (int i = bases.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Article t = bases.get(i);
            bases.set(i, bases.get(j));
            bases.set(j, t);
        }
        return bases.subList(0, Math.min(samples, bases.size()));
    }

    /** The edit bases of both corpora, marked as in (b). */
    private List<Article> editBases(Map<String, Corpus> corpora, int samples) {
        List<Article> all = new ArrayList<>();
        Set<String> inGroups = new HashSet<>();
        for (Corpus c : corpora.values()) {
            all.addAll(c.cleaned());
            c.reference().forEach(inGroups::addAll);
        }
        DedupeEngine base = new DedupeEngine(new NearDuplicateIndex(settings));
        List<Article> marked = new ArrayList<>();
        for (int i = 0; i < all.size(); i += batchSize) {
            marked.addAll(base.process(all.subList(i, Math.min(all.size(), i + batchSize))));
        }
        return editBases(marked, inGroups, samples);
    }

    private static final int LONG_WORDS = 300;

    private static boolean isLong(Article a) {
        return a.body().split("\\s+").length >= LONG_WORDS;
    }

    private static NearDuplicateIndex indexOf(DedupeEngine engine) {
        return engine.index();
    }

    /** Words seen at least 5 times in the corpora, sorted: the replacements of the word-replacement edits. */
    private static List<String> vocabulary(List<Article> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            for (String w : ContentHashStage.normalize(a.body()).split(" ")) {
                if (w.length() > 2 && Character.isLetter(w.charAt(0))) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 5).map(Map.Entry::getKey).sorted().toList();
    }

    // ----------------------------------------------------------------------------------------------- scale

    private void scale(Map<String, Corpus> corpora) {
        List<BenchDocs.Doc> all = new ArrayList<>();
        for (Corpus c : corpora.values()) {
            c.docs().stream().filter(d -> !d.text().isBlank()).forEach(all::add);
        }
        SplittableRandom shuffle = new SplittableRandom(SEED + 1);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            BenchDocs.Doc t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int versions = (largest + all.size() - 1) / all.size();
        List<String> vocabulary = vocabulary(corpora.values().stream().flatMap(c -> c.cleaned().stream()).toList());
        System.out.println();
        System.out.printf(Locale.ROOT, "## (d) throughput: every size has the same make-up, %d versions of each story: "
                + "n / %d articles drawn (seeded) from the %,d non-empty articles of both corpora, as they are, then "
                + "%d more times with a seeded edit each (all levels of (b) equally often); content hash + exact + "
                + "near, batches of %d, no cleaning%n%n", versions, versions, all.size(), versions - 1, batchSize);
        System.out.println("(seconds: detection only, generating the stream excluded; median of 3 runs below 200,000 "
                + "articles; heap peak: used heap sampled after each batch, garbage included; retained: after a full "
                + "GC at the end, i.e. the state)");
        System.out.println();
        System.out.println("| articles | system | seconds | articles/s | µs per article: hash / exact / near / GC | "
                + "copies / near copies | heap peak (sampled) | heap retained |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        // warm-up (JIT): the first articles through every system, not measured
        List<BenchDocs.Doc> warm = all.subList(0, Math.min(all.size(), Math.max(1, 20_000 / versions)));
        scaleRun(warm, vocabulary, 20_000, false);
        scaleRun(warm, vocabulary, 20_000, true);
        luceneRun(warm, vocabulary, 20_000);
        Map<Integer, Double> nearSeconds = new TreeMap<>();
        NaiveAllPairs.Result lastNaive = null;
        int lastNaiveSize = 0;
        for (int n : sizes) {
            List<BenchDocs.Doc> pool = all.subList(0, Math.min(all.size(), Math.max(1, (n + versions - 1) / versions)));
            ScaleResult exact = median(pool, vocabulary, n, false);
            print(n, "exact hash only (baseline)", exact);
            ScaleResult near = median(pool, vocabulary, n, true);
            print(n, "exact + near (system)", near);
            nearSeconds.put(n, near.seconds());
            if (n <= luceneMax) {
                ScaleResult lucene = luceneRun(pool, vocabulary, n);
                print(n, "Lucene MinHashFilter + LSH (baseline)", lucene);
            }
            if (lastNaive != null && lastNaive.estimatedSeconds(lastNaiveSize) * ((double) n / lastNaiveSize)
                    * ((double) n / lastNaiveSize) > naiveCap) {
                System.out.printf(Locale.ROOT, "| %,d | naive all-pairs Jaccard (baseline) | not run: est. %,.0f s "
                        + "from the %,d run | | | | | |%n", n, lastNaive.estimatedSeconds(lastNaiveSize)
                        * ((double) n / lastNaiveSize) * ((double) n / lastNaiveSize), lastNaiveSize);
                continue;
            }
            NaiveAllPairs.Result naive = NaiveAllPairs.run(new Stream(pool, vocabulary), n, settings, naiveCap);
            lastNaive = naive;
            lastNaiveSize = n;
            if (naive.finished()) {
                System.out.printf(Locale.ROOT, "| %,d | naive all-pairs Jaccard (baseline) | %.1f | %,.0f | | %,d with "
                        + "Jaccard ≥ %.2f (copies included) | | |%n", n, naive.seconds(), n / naive.seconds(),
                        naive.nearCopies(), settings.threshold());
            } else {
                System.out.printf(Locale.ROOT, "| %,d | naive all-pairs Jaccard (baseline) | stopped after %d s at "
                        + "%,d articles; est. %,.0f s | | | | | |%n", n, naiveCap, naive.processed(),
                        naive.estimatedSeconds(n));
            }
        }
        if (nearSeconds.size() > 1) {
            int smallest = nearSeconds.keySet().iterator().next();
            for (Map.Entry<Integer, Double> e : nearSeconds.entrySet()) {
                if (e.getKey() != smallest) {
                    System.out.printf(Locale.ROOT, "time at %,d = %.1f × time at %,d (size ratio %.0f)%n", e.getKey(),
                            e.getValue() / nearSeconds.get(smallest), smallest, (double) e.getKey() / smallest);
                }
            }
        }
    }

    private static void print(int n, String system, ScaleResult r) {
        System.out.printf(Locale.ROOT, "| %,d | %s | %.2f | %,.0f | %s | %,d / %,d | %,d MiB | %,d MiB |%n", n, system,
                r.seconds(), n / r.seconds(), r.phases() == null ? "" : String.format(Locale.ROOT,
                        "%.1f / %.1f / %.1f / %.1f", r.phases()[0], r.phases()[1], r.phases()[2], r.phases()[3]),
                r.copies(), r.nearCopies(), r.peakHeap() >> 20, r.retainedHeap() >> 20);
    }

    /**
     * @param phases per article: content hash, exact and near marking, and GC pauses during the timed calls, in µs
     */
    private record ScaleResult(double seconds, long copies, long nearCopies, long peakHeap, long retainedHeap,
            double[] phases) {}

    /** Short runs are noisy: below 200,000 articles, the run with the median time of three. */
    private ScaleResult median(List<BenchDocs.Doc> pool, List<String> vocabulary, int n, boolean near) {
        if (n >= 200_000) {
            return scaleRun(pool, vocabulary, n, near);
        }
        List<ScaleResult> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(scaleRun(pool, vocabulary, n, near));
        }
        runs.sort(java.util.Comparator.comparingDouble(ScaleResult::seconds));
        return runs.get(1);
    }

    private ScaleResult scaleRun(List<BenchDocs.Doc> pool, List<String> vocabulary, int n, boolean near) {
        System.gc();
        DedupeEngine engine = new DedupeEngine(near ? new NearDuplicateIndex(settings) : null);
        Stream stream = new Stream(pool, vocabulary);
        long nanos = 0;
        long copies = 0;
        long nearCopies = 0;
        long peak = 0;
        var memory = ManagementFactory.getMemoryMXBean();
        long gcMillis = 0;
        for (int from = 0; from < n; from += batchSize) {
            List<Article> batch = stream.batch(from, Math.min(n, from + batchSize));
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            List<Article> out = engine.process(batch);
            nanos += System.nanoTime() - t0;
            gcMillis += gcMillis() - gc0;
            for (Article a : out) {
                if (a.relation() == Relation.COPY) {
                    copies++;
                } else if (a.relation() == Relation.NEAR_COPY) {
                    nearCopies++;
                }
            }
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            if ((from / batchSize) % 50 == 49) {
                System.err.printf(Locale.ROOT, "  %s %,d / %,d%n", near ? "near" : "exact", from + batchSize, n);
            }
        }
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        if (engine.hashes() < 0) {
            throw new IllegalStateException("unreachable: keeps the engine alive until measured");
        }
        long[] p = engine.phaseNanos();
        double[] phases = {p[0] / 1e3 / n, p[1] / 1e3 / n, p[2] / 1e3 / n, gcMillis * 1e3 / n};
        return new ScaleResult(nanos / 1e9, copies, nearCopies, peak, retained, phases);
    }

    private static long gcMillis() {
        long t = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    private ScaleResult luceneRun(List<BenchDocs.Doc> pool, List<String> vocabulary, int n) {
        System.gc();
        LuceneMinHashBaseline lucene = new LuceneMinHashBaseline(settings.threshold());
        Stream stream = new Stream(pool, vocabulary);
        long nanos = 0;
        long peak = 0;
        var memory = ManagementFactory.getMemoryMXBean();
        for (int from = 0; from < n; from += batchSize) {
            List<String> texts = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + batchSize); i++) {
                String title = stream.title(i);
                texts.add(title == null ? stream.text(i) : title + "\n" + stream.text(i));
            }
            long t0 = System.nanoTime();
            lucene.process(texts);
            nanos += System.nanoTime() - t0;
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        return new ScaleResult(nanos / 1e9, lucene.copies(), lucene.nearCopies(), peak, retained, null);
    }

    /**
     * The scale stream: article {@code i} is pool document {@code i mod |pool|}; in the first round as it is,
     * later rounds with one edit of a level drawn from a generator seeded with {@code i}. Never stored: a batch
     * is generated, processed and dropped.
     */
    static final class Stream {
        private final List<BenchDocs.Doc> pool;
        private final List<String> vocabulary;

        Stream(List<BenchDocs.Doc> pool, List<String> vocabulary) {
            this.pool = pool;
            this.vocabulary = vocabulary;
        }

        String text(int i) {
            BenchDocs.Doc d = pool.get(i % pool.size());
            if (i < pool.size()) {
                return d.text();
            }
            SplittableRandom r = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
            EditLevel level = EditLevel.values()[r.nextInt(EditLevel.values().length)];
            return level.apply(d.text(), r, vocabulary);
        }

        String title(int i) {
            return pool.get(i % pool.size()).title();
        }

        String id(int i) {
            return "r" + (i / pool.size()) + "/" + pool.get(i % pool.size()).id();
        }

        List<Article> batch(int from, int to) {
            List<Article> out = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                String text = text(i);
                out.add(Article.of(new RawArticle(id(i), pool.get(i % pool.size()).title(), text, null, null, null,
                        "en", new Origin("scale", i)))
                        .withClean(CleanText.unchanged(text)));
            }
            return out;
        }
    }
}
