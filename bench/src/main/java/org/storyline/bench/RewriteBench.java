package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.storyline.clean.CleanStage;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;
import org.storyline.provenance.Alignment;
import org.storyline.provenance.PairVerdict;
import org.storyline.provenance.PreparedText;
import org.storyline.provenance.RewriteCandidates;
import org.storyline.provenance.RewriteDetector;
import org.storyline.provenance.RewriteSettings;
import org.storyline.text.Terms;

/**
 * The rewrite parts of {@code storyline bench dedupe}: (b2) rewrites generated from real articles, (b3) false
 * families among independent reports of the same event (ecbplus-dev), (c) graded similarity on
 * similarity-semeval22-dev. Seeded and deterministic.
 */
final class RewriteBench {
    private final RewriteSettings settings;
    private final CachingEmbedder embedder;
    private final Terms terms = new Terms();
    private final long seed;
    private final Path featuresOut;

    /** {@code featuresOut}: a folder for the pairs' features (diagnostic TSV files), or null. */
    RewriteBench(RewriteSettings settings, CachingEmbedder embedder, long seed, Path featuresOut) {
        this.settings = settings;
        this.embedder = embedder;
        this.seed = seed;
        this.featuresOut = featuresOut;
    }

    /** The rewrite edits of the generator. */
    enum Edit {
        SPUN("boilerplate + 1 sentence dropped + 1 moved", 0),
        SYN_10("10% of words replaced (synonyms)", 0.10),
        SYN_20("20% of words replaced (synonyms)", 0.20),
        SYN_30("30% of words replaced (synonyms)", 0.30),
        SYN_40("40% of words replaced (synonyms)", 0.40),
        CLAUSES("clauses reordered", 0),
        CLAUSES_SYN_20("clauses reordered + 20% replaced", 0.20);

        final String label;
        final double rate;

        Edit(String label, double rate) {
            this.label = label;
            this.rate = rate;
        }
    }

    // ------------------------------------------------------------------------------------------ generator

    void generator(List<Article> bases, List<String> vocabulary, CleanStage clean) throws IOException {
        System.out.println();
        System.out.printf(Locale.ROOT, "## (b2) rewrites: %d real articles (as in (b)), one rewrite each per edit, "
                + "all bases and rewrites of a level compared together (candidates + alignment, no pair given); "
                + "a pair is right when it is (base, its rewrite)%n%n", bases.size());
        System.out.println("| edit | words replaced: listed synonym / random word | candidate pairs | rewrite pairs "
                + "predicted | precision | recall | F1 | mean similarity, true pairs | articles/s (alignment pass) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        RewriteDetector detector = new RewriteDetector(settings, embedder, terms);
        for (Edit e : Edit.values()) {
            List<RewriteCandidates.Doc> docs = new ArrayList<>();
            Map<String, String> baseOf = new HashMap<>();
            long synonyms = 0;
            long randoms = 0;
            long words = 0;
            for (int i = 0; i < bases.size(); i++) {
                Article b = bases.get(i);
                SplittableRandom r = new SplittableRandom(seed * 17 + e.ordinal() * 1_000_003L + i);
                String text = b.original();
                if (e == Edit.SPUN) {
                    text = EditLevel.REORDER.apply(EditLevel.DROP_SENTENCE.apply(text, r, vocabulary), r, vocabulary);
                    text = EditLevel.BOILERPLATE.apply(text, r, vocabulary);
                }
                if (e == Edit.CLAUSES || e == Edit.CLAUSES_SYN_20) {
                    text = EditLevel.CLAUSES.apply(text, r, vocabulary);
                }
                if (e.rate > 0) {
                    Synonyms.Replaced rep = Synonyms.replace(text, e.rate, r, vocabulary);
                    text = rep.text();
                    synonyms += rep.synonyms();
                    randoms += rep.randoms();
                    words += rep.words();
                }
                Article copy = clean.apply(Article.of(new RawArticle("rw-" + b.id(), b.title(), text, null, null,
                        null, "en", new Origin("rewrite", i))));
                docs.add(new RewriteCandidates.Doc(b.id(), b.body(), null, null, true));
                docs.add(new RewriteCandidates.Doc(copy.id(), copy.body(), null, null, true));
                baseOf.put(copy.id(), b.id());
            }
            long t0 = System.nanoTime();
            List<RewriteDetector.Link> links = detector.detect(docs);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int tp = 0;
            int fp = 0;
            double sumTrue = 0;
            int nTrue = 0;
            for (RewriteDetector.Link l : links) {
                boolean right = l.a().equals(baseOf.get(l.b())) || l.b().equals(baseOf.get(l.a()));
                if (right) {
                    sumTrue += l.alignment().similarity();
                    nTrue++;
                }
                if (l.verdict() == PairVerdict.REWRITE) {
                    if (right) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            if (featuresOut != null) {
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < bases.size(); i++) {
                    index.put(bases.get(i).id(), i);
                    index.put("rw-" + bases.get(i).id(), i);
                }
                Map<String, PreparedText> prep = prepared(detector, docs);
                List<String> rows = new ArrayList<>();
                rows.add("a\tb\tright\tbaseA\tbaseB\t" + PairFeatures.header());
                for (RewriteDetector.Link l : links) {
                    boolean right = l.a().equals(baseOf.get(l.b())) || l.b().equals(baseOf.get(l.a()));
                    rows.add(String.join("\t", l.a(), l.b(), right ? "1" : "0", String.valueOf(index.get(l.a())),
                            String.valueOf(index.get(l.b())),
                            PairFeatures.row(PairFeatures.of(prep.get(l.a()), prep.get(l.b()), l.alignment()))));
                }
                Files.createDirectories(featuresOut);
                Files.write(featuresOut.resolve("rewrites-" + e.name() + ".tsv"), rows);
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double rc = (double) tp / bases.size();
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.4f | %.4f | %.4f | %.3f | %.1f |%n", e.label,
                    words == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% / %.1f%%", 100.0 * synonyms / words,
                            100.0 * randoms / words), links.size(), tp + fp, p, rc,
                    p + rc == 0 ? 0 : 2 * p * rc / (p + rc), nTrue == 0 ? 0 : sumTrue / nTrue, docs.size() / seconds);
        }
    }

    // ---------------------------------------------------------------------------------------- independent

    /** The pair variants of the false-family rate: which same-event pairs count as independent reports. */
    enum Variant {
        ALL("(i) all same-event pairs"),
        HOSTS("(ii) same-event pairs from different outlets (URL hosts)"),
        NO_SHARED("(iii) different outlets, no shared 8-word passage");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** Words in a run that two texts must share to count as versions of one text in (iii). */
    static final int SHARED_RUN_WORDS = 8;

    void independent(Path dir, CleanStage clean) throws IOException {
        List<BenchDocs.Doc> docs = BenchDocs.read(dir.resolve("docs.jsonl.gz"));
        Map<String, String> gold = new HashMap<>();
        Map<String, String> split = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                gold.put(n.get("id").asText(), n.get("event").asText());
                split.put(n.get("id").asText(), n.hasNonNull("split") ? n.get("split").asText() : "all");
            }
        }
        List<RewriteCandidates.Doc> in = new ArrayList<>();
        Map<String, String> host = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (BenchDocs.Doc d : docs) {
            Article a = clean.apply(Article.of(new RawArticle(d.id(), d.title(), d.text(), null, null, null, "en",
                    new Origin(d.id(), 0))));
            if (!a.body().isBlank() && gold.containsKey(d.id())) {
                in.add(new RewriteCandidates.Doc(a.id(), a.body(), null, null, true));
                String h = SharedPassages.host(d.url());
                if (h != null) {
                    host.put(d.id(), h);
                }
                raw.put(d.id(), d.title() == null ? d.text() : d.title() + "\n" + d.text());
            }
        }
        long t0 = System.nanoTime();
        RewriteDetector detector = new RewriteDetector(settings, embedder, terms);
        List<RewriteDetector.Link> links = detector.detect(in);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, String> parent = new HashMap<>();
        for (RewriteDetector.Link l : links) {
            if (l.verdict() == PairVerdict.REWRITE) {
                union(parent, l.a(), l.b());
            }
        }
        Map<String, List<String>> byEvent = new TreeMap<>();
        in.forEach(d -> byEvent.computeIfAbsent(gold.get(d.id()), k -> new ArrayList<>()).add(d.id()));
        // [split: all, then each split][variant]: {pairs, together}
        List<String> splits = new ArrayList<>(new java.util.TreeSet<>(split.values()));
        splits.add(0, "all");
        long[][][] counts = new long[splits.size()][Variant.values().length][2];
        for (List<String> ids : byEvent.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String x = ids.get(i);
                    String y = ids.get(j);
                    boolean together = find(parent, x).equals(find(parent, y));
                    for (Variant v : variants(x, y, host, raw)) {
                        for (int s : new int[] {0, splits.indexOf(split.get(x))}) {
                            counts[s][v.ordinal()][0]++;
                            counts[s][v.ordinal()][1] += together ? 1 : 0;
                        }
                    }
                }
            }
        }
        long rewrites = links.stream().filter(l -> l.verdict() == PairVerdict.REWRITE).count();
        long crossEvent = links.stream().filter(l -> l.verdict() == PairVerdict.REWRITE
                && !gold.get(l.a()).equals(gold.get(l.b()))).count();
        System.out.println();
        System.out.printf(Locale.ROOT, "## (b3) false families: %s, %d articles (%d with a URL), %d gold events; "
                + "different articles of one gold event are independent reports; %d candidate pairs compared, %d "
                + "rewrite links (%d across gold events), alignment pass %.1f articles/s%n%n", dir.getFileName(),
                in.size(), host.size(), byEvent.size(), links.size(), rewrites, crossEvent, in.size() / seconds);
        System.out.println("| split | same-event pairs counted | pairs in one family / pairs | false-family rate |");
        System.out.println("|---|---|---|---|");
        for (int s = 0; s < splits.size(); s++) {
            for (Variant v : Variant.values()) {
                long[] c = counts[s][v.ordinal()];
                System.out.printf(Locale.ROOT, "| %s | %s | %d / %d | %.4f |%n", splits.get(s), v.label, c[1], c[0],
                        c[0] == 0 ? 0 : (double) c[1] / c[0]);
            }
        }
        System.out.println();
        System.out.println("Rewrite links between (iii) pairs (different outlets, no shared 8-word passage):");
        for (RewriteDetector.Link l : links) {
            if (l.verdict() == PairVerdict.REWRITE && gold.get(l.a()).equals(gold.get(l.b()))
                    && variants(l.a(), l.b(), host, raw).contains(Variant.NO_SHARED)) {
                System.out.printf(Locale.ROOT, "  %s %s  %s / %s  similarity %.3f, rewrite score %.3f, %d passages%n",
                        l.a(), l.b(),
                        host.get(l.a()), host.get(l.b()), l.alignment().similarity(), l.alignment().rewriteScore(),
                        l.alignment().passages().size());
            }
        }
        if (featuresOut != null) {
            List<String> rows = new ArrayList<>();
            rows.add("a\tb\teventA\teventB\tsplitA\tsplitB\thostA\thostB\tshared8\t" + PairFeatures.header());
            Map<String, PreparedText> prep = prepared(detector, in);
            for (RewriteDetector.Link l : links) {
                rows.add(String.join("\t", l.a(), l.b(), gold.get(l.a()), gold.get(l.b()), split.get(l.a()),
                        split.get(l.b()), String.valueOf(host.get(l.a())), String.valueOf(host.get(l.b())),
                        SharedPassages.shareRun(raw.get(l.a()), raw.get(l.b()), SHARED_RUN_WORDS) ? "1" : "0",
                        PairFeatures.row(PairFeatures.of(prep.get(l.a()), prep.get(l.b()), l.alignment()))));
            }
            Files.createDirectories(featuresOut);
            Files.write(featuresOut.resolve("independent.tsv"), rows);
        }
    }

    /**
     * The verdicts on the pairs of the seed articles (001 and 002 should be rewrites, 003 an independent report of
     * the same event, 000 and 004 unrelated), every pair compared directly.
     */
    void seeds(Path dir, CleanStage clean) throws IOException {
        List<BenchDocs.Doc> docs = new ArrayList<>(BenchDocs.read(dir.resolve("docs.jsonl.gz")));
        docs.sort(java.util.Comparator.comparing(BenchDocs.Doc::id));
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (BenchDocs.Doc d : docs) {
            Article a = clean.apply(Article.of(new RawArticle(d.id(), null, d.title() == null ? d.text()
                    : d.title() + "\n" + d.text(), null, null, null, "en", new Origin(d.id(), 0))));
            ids.add(d.id().substring(0, Math.min(3, d.id().length())));
            texts.add(a.body());
        }
        RewriteDetector detector = new RewriteDetector(settings, embedder, terms);
        List<PreparedText> prep = detector.preparer().prepareAll(ids, texts);
        System.out.println();
        System.out.println("## seeds: every pair compared directly");
        System.out.println();
        System.out.println("| pair | verdict | similarity | aligned sentences |");
        System.out.println("|---|---|---|---|");
        List<String> rows = new ArrayList<>();
        rows.add("a\tb\t" + PairFeatures.header());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Alignment al = detector.aligner().align(prep.get(i), prep.get(j));
                PairVerdict v = detector.aligner().verdict(prep.get(i), prep.get(j), al);
                System.out.printf(Locale.ROOT, "| %s–%s | %s | %.3f | %d |%n", ids.get(i), ids.get(j),
                        v.name().toLowerCase(Locale.ROOT), al.similarity(), al.passages().size());
                rows.add(ids.get(i) + "\t" + ids.get(j) + "\t" + PairFeatures.row(PairFeatures.of(prep.get(i),
                        prep.get(j), al)));
            }
        }
        if (featuresOut != null) {
            Files.createDirectories(featuresOut);
            Files.write(featuresOut.resolve("seeds.tsv"), rows);
        }
    }

    /** The variants a same-event pair counts in. */
    private static java.util.EnumSet<Variant> variants(String x, String y, Map<String, String> host,
            Map<String, String> raw) {
        java.util.EnumSet<Variant> out = java.util.EnumSet.of(Variant.ALL);
        String hx = host.get(x);
        String hy = host.get(y);
        if (hx != null && hy != null && !hx.equals(hy)) {
            out.add(Variant.HOSTS);
            if (!SharedPassages.shareRun(raw.get(x), raw.get(y), SHARED_RUN_WORDS)) {
                out.add(Variant.NO_SHARED);
            }
        }
        return out;
    }

    private Map<String, PreparedText> prepared(RewriteDetector detector, List<RewriteCandidates.Doc> docs) {
        List<String> ids = docs.stream().map(RewriteCandidates.Doc::id).toList();
        List<PreparedText> p = detector.preparer().prepareAll(ids, docs.stream().map(RewriteCandidates.Doc::text)
                .toList());
        Map<String, PreparedText> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), p.get(i));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String r = find(parent, p);
        parent.put(x, r);
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    // -------------------------------------------------------------------------------------------- semeval

    void semeval(Path dir) throws IOException {
        List<BenchDocs.Doc> docs = BenchDocs.read(dir.resolve("docs.jsonl.gz"));
        Map<String, BenchDocs.Doc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        ObjectMapper json = new ObjectMapper();
        record Pair(String a, String b, String lang, double gold) {}
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("pairs.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                if (byId.containsKey(n.get("a").asText()) && byId.containsKey(n.get("b").asText())) {
                    pairs.add(new Pair(n.get("a").asText(), n.get("b").asText(), n.get("lang_pair").asText(),
                            n.get("similarity").asDouble()));
                }
            }
        }
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(byId.keySet()));
        List<String> texts = ids.stream().map(id -> text(byId.get(id))).toList();
        long t0 = System.nanoTime();
        RewriteDetector detector = new RewriteDetector(settings, embedder, terms);
        List<PreparedText> prepared = detector.preparer().prepareAll(ids, texts);
        Map<String, PreparedText> prep = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            prep.put(ids.get(i), prepared.get(i));
        }
        Map<String, Map<String, Double>> tfidf = tfidf(ids, texts);
        Map<String, List<double[]>> byLang = new TreeMap<>();
        for (Pair p : pairs) {
            Alignment al = detector.aligner().align(prep.get(p.a()), prep.get(p.b()));
            double graded = graded(al);
            double[] row = {p.gold(), al.similarity(), al.documentCosine(), graded,
                    cosine(tfidf.get(p.a()), tfidf.get(p.b()))};
            byLang.computeIfAbsent(p.lang(), k -> new ArrayList<>()).add(row);
            byLang.computeIfAbsent("all", k -> new ArrayList<>()).add(row);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "## (c) graded similarity: %s, %d pairs (gold: (4 − Overall)/3), Pearson r; "
                + "%.1f s for %d articles%n%n", dir.getFileName(), pairs.size(), seconds, ids.size());
        System.out.println("| language pair | pairs | alignment similarity (rewrite score) | document cosine (MiniLM) | "
                + "graded: 0.5·alignment + 0.5·document (system) | TF-IDF cosine (baseline) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, List<double[]>> e : byLang.entrySet()) {
            List<double[]> rows = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(), rows.size(),
                    pearson(rows, 1), pearson(rows, 2), pearson(rows, 3), pearson(rows, 4));
        }
    }

    /** The graded similarity of a pair: alignment (shared text) and the texts' overall direction, equally. */
    static double graded(Alignment al) {
        return 0.5 * al.similarity() + 0.5 * al.documentCosine();
    }

    private static String text(BenchDocs.Doc d) {
        return d.title() == null ? d.text() : d.title() + "\n" + d.text();
    }

    private Map<String, Map<String, Double>> tfidf(List<String> ids, List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> tfs = new ArrayList<>();
        for (String t : texts) {
            Map<String, Double> tf = new HashMap<>();
            terms.of(t).forEach(w -> tf.merge(w, 1.0, Double::sum));
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            tfs.add(tf);
        }
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Double> v = new HashMap<>();
            tfs.get(i).forEach((w, c) -> v.put(w, (1 + Math.log(c)) * Math.log(1.0 + (double) texts.size() / df.get(w))));
            out.put(ids.get(i), v);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    static double pearson(List<double[]> rows, int col) {
        int n = rows.size();
        double mx = 0;
        double my = 0;
        for (double[] r : rows) {
            mx += r[0];
            my += r[col];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] r : rows) {
            sxy += (r[0] - mx) * (r[col] - my);
            sxx += (r[0] - mx) * (r[0] - mx);
            syy += (r[col] - my) * (r[col] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

}
