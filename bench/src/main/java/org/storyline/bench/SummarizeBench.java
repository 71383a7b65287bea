package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.storyline.compare.ArticleSentence;
import org.storyline.compare.LexicalSpace;
import org.storyline.compare.TermVector;
import org.storyline.eval.Datasets;
import org.storyline.summarize.Candidate;
import org.storyline.summarize.LexRank;
import org.storyline.summarize.SentenceScorer;
import org.storyline.summarize.SentenceSelector;
import org.storyline.summarize.SummaryLength;
import org.storyline.text.Sentences;
import org.storyline.text.Terms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench summarize}: timeline summarization on {@code mds-t17-dev} (Timeline17), the standard
 * setting: for each reference timeline, as many dates as it has and about as many sentences per date as it
 * averages, from the topic's articles published within the reference's span. Three systems in the same run:
 * Storyline (dates by how many sentences mention them, sentences by centroid similarity mixed with degree
 * centrality, {@link SentenceScorer}, with MMR, one per article; lists of settings give one row each), LexRank on the same dates, and LexRank on the days with the most articles published. Scores: date
 * F1, ROUGE-1/2 F1 of the whole timeline (concat) and with n-grams matching only on the same date (agreement),
 * averaged over a topic's timelines, then over topics.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Timeline summarization on mds-t17-dev: date F1 and ROUGE-1/2 vs LexRank baselines.")
public final class SummarizeBench implements Callable<Integer> {
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final int MAX_CANDIDATES = 600;
    private static final int MAX_LEXRANK = 300;

    @Option(names = "--datasets", paramLabel = "DIR", description = "The shared datasets folder (default: found).")
    Path datasets;

    @Option(names = "--set", defaultValue = "mds-t17-dev", paramLabel = "NAME",
            description = "The timeline set under the datasets folder (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--sentences-per-doc", defaultValue = "40", paramLabel = "N",
            description = "Sentences read from the start of each article (default: ${DEFAULT-VALUE}).")
    int sentencesPerDoc;

    @Option(names = "--no-stem", description = "ROUGE without Porter stemming.")
    boolean noStem;

    @Option(names = "--position-weight", defaultValue = "0", paramLabel = "X",
            description = "Weight of the sentence's position against centroid similarity (default: ${DEFAULT-VALUE}).")
    double positionWeight;

    @Option(names = "--lambda", defaultValue = "0.7", split = ",", paramLabel = "X",
            description = "MMR trade-off between score and redundancy; a list runs one Storyline row per value "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Double> lambdas;

    @Option(names = "--centrality-weight", defaultValue = "0.3", split = ",", paramLabel = "X",
            description = "Weight of degree centrality against centroid similarity; a list runs one row per value "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Double> centralityWeights;

    @Option(names = "--length-target", defaultValue = "0", split = ",", paramLabel = "N",
            description = "Words below which a sentence's score is scaled down (0: none); a list runs one row per "
                    + "value (default: ${DEFAULT-VALUE}).")
    List<Integer> lengthTargets;

    /** One configuration of the Storyline system. */
    record Setting(double lambda, double centralityWeight, int lengthTarget) {
        String label(boolean alone) {
            return alone ? "storyline (mentions + centroid/MMR)" : String.format(Locale.ROOT,
                    "storyline λ%.2f c%.2f len%d", lambda, centralityWeight, lengthTarget);
        }
    }

    /** A sentence of the corpus with its article's publication date and the days it mentions. */
    record Sent(ArticleSentence sentence, LocalDate published, List<LocalDate> mentions, List<String> terms,
            int words) {}

    /** A reference timeline: date → text, and the average number of sentences per date. */
    record Reference(String event, String id, TreeMap<LocalDate, String> entries, int sentencesPerDate) {}

    private static final String LEXRANK_SAME_DATES = "lexrank, same dates";
    private static final String LEXRANK_PUBLISHED = "lexrank, busiest publication days";

    record Scores(double dateF1, double r1, double r2, double ar1, double ar2) {
        static Scores mean(List<Scores> s) {
            return new Scores(s.stream().mapToDouble(Scores::dateF1).average().orElse(0),
                    s.stream().mapToDouble(Scores::r1).average().orElse(0),
                    s.stream().mapToDouble(Scores::r2).average().orElse(0),
                    s.stream().mapToDouble(Scores::ar1).average().orElse(0),
                    s.stream().mapToDouble(Scores::ar2).average().orElse(0));
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(java.lang.System.out);
    }

    int run(PrintStream out) throws IOException {
        Path dir = Datasets.locate(datasets).resolve(set);
        long t0 = java.lang.System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> docsByEvent = new TreeMap<>();
        Map<String, String> eventOf = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                eventOf.put(g.get("id").asText(), g.get("event").asText());
            }
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("docs.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode d = json.readTree(line);
                    String e = eventOf.get(d.get("id").asText());
                    if (e != null && d.hasNonNull("published")) {
                        docsByEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
        Map<String, List<Reference>> refs = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("summaries.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode t = json.readTree(line);
            TreeMap<LocalDate, String> entries = new TreeMap<>();
            int sentences = 0;
            for (JsonNode e : t.get("timeline")) {
                entries.merge(LocalDate.parse(e.get("date").asText()), e.get("summary").asText(), (a, b) -> a + " " + b);
                sentences += Sentences.split(e.get("summary").asText()).size();
            }
            int perDate = Math.max(1, Math.round(sentences / (float) entries.size()));
            refs.computeIfAbsent(t.get("event").asText(), k -> new ArrayList<>())
                    .add(new Reference(t.get("event").asText(), t.get("timeline_id").asText(), entries, perDate));
        }
        out.printf(Locale.ROOT, "timeline summarization: %s, %d topics, %d reference timelines%n", dir,
                refs.size(), refs.values().stream().mapToInt(List::size).sum());
        List<Setting> settings = new ArrayList<>();
        for (double l : lambdas) {
            for (double c : centralityWeights) {
                for (int t : lengthTargets) {
                    settings.add(new Setting(l, c, t));
                }
            }
        }
        Map<String, List<Scores>> macro = new LinkedHashMap<>();
        DayMentions days = new DayMentions();
        try (Terms terms = new Terms(); Rouge rouge = new Rouge(!noStem)) {
            for (Map.Entry<String, List<Reference>> topic : refs.entrySet()) {
                List<Sent> corpus = corpus(docsByEvent.getOrDefault(topic.getKey(), List.of()), terms, days);
                Map<String, List<Scores>> perTimeline = new LinkedHashMap<>();
                for (Reference ref : topic.getValue()) {
                    Map<String, TreeMap<LocalDate, String>> timelines = timelines(corpus, ref, settings);
                    for (Map.Entry<String, TreeMap<LocalDate, String>> s : timelines.entrySet()) {
                        perTimeline.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(score(s.getValue(), ref, rouge));
                    }
                }
                for (Map.Entry<String, List<Scores>> s : perTimeline.entrySet()) {
                    Scores m = Scores.mean(s.getValue());
                    macro.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(m);
                    out.printf(Locale.ROOT, "%-11s %-40s %s%n", topic.getKey(), s.getKey(), row(m));
                }
            }
        }
        out.printf(Locale.ROOT, "%n%-52s %7s %7s %7s %7s %7s%n", "macro average over topics", "date-F1", "R1-F",
                "R2-F", "AR1-F", "AR2-F");
        for (Map.Entry<String, List<Scores>> s : macro.entrySet()) {
            out.printf(Locale.ROOT, "%-52s %s%n", s.getKey(), row(Scores.mean(s.getValue())));
        }
        out.printf(Locale.ROOT, "%.1f s%n", (java.lang.System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static String row(Scores s) {
        return String.format(Locale.ROOT, "%7.3f %7.3f %7.3f %7.3f %7.3f", s.dateF1(), s.r1(), s.r2(), s.ar1(),
                s.ar2());
    }

    private List<Sent> corpus(List<JsonNode> docs, Terms terms, DayMentions days) {
        List<Sent> out = new ArrayList<>();
        for (JsonNode d : docs) {
            String id = d.get("id").asText();
            String text = d.get("text").asText();
            LocalDate published = LocalDate.parse(d.get("published").asText().substring(0, 10));
            int i = 0;
            for (Sentences.Sentence s : Sentences.split(text)) {
                if (i >= sentencesPerDoc) {
                    break;
                }
                int words = Candidate.wordCount(s.text());
                ArticleSentence as = new ArticleSentence(id, i++, s.text(), s.start(), s.end());
                out.add(new Sent(as, published, days.find(s.text(), published), terms.of(s.text()), words));
            }
        }
        return out;
    }

    private Map<String, TreeMap<LocalDate, String>> timelines(List<Sent> corpus, Reference ref,
            List<Setting> settings) {
        LocalDate first = ref.entries().firstKey();
        LocalDate last = ref.entries().lastKey();
        List<Sent> window = corpus.stream()
                .filter(s -> !s.published().isBefore(first) && !s.published().isAfter(last)).toList();
        LexicalSpace space = LexicalSpace.of(window.stream().map(Sent::terms).toList());
        Map<Sent, TermVector> vectors = new java.util.IdentityHashMap<>();
        window.forEach(s -> vectors.put(s, space.vector(s.terms())));
        Map<LocalDate, Integer> mentions = new HashMap<>();
        Map<LocalDate, Integer> published = new HashMap<>();
        Map<LocalDate, List<Sent>> byDate = new HashMap<>();
        java.util.Set<String> seenDocs = new java.util.HashSet<>();
        for (Sent s : window) {
            if (seenDocs.add(s.sentence().articleId())) {
                published.merge(s.published(), 1, Integer::sum);
            }
            boolean usable = s.words() >= MIN_WORDS && s.words() <= MAX_WORDS;
            for (LocalDate d : s.mentions()) {
                if (!d.isBefore(first) && !d.isAfter(last)) {
                    mentions.merge(d, 1, Integer::sum);
                    if (usable) {
                        byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        for (Sent s : window) {
            if (s.mentions().isEmpty() && s.words() >= MIN_WORDS && s.words() <= MAX_WORDS) {
                byDate.computeIfAbsent(s.published(), k -> new ArrayList<>()).add(s);
            }
        }
        int n = ref.entries().size();
        List<LocalDate> mentioned = top(mentions, published, n);
        List<LocalDate> busiest = top(published, mentions, n);
        Map<String, TreeMap<LocalDate, String>> out = new LinkedHashMap<>();
        SummaryLength length = SummaryLength.sentences(ref.sentencesPerDate());
        List<TreeMap<LocalDate, String>> ours = new ArrayList<>();
        settings.forEach(x -> ours.add(new TreeMap<>()));
        TreeMap<LocalDate, String> lexSame = new TreeMap<>();
        TreeMap<LocalDate, String> lexBusy = new TreeMap<>();
        for (LocalDate d : mentioned) {
            List<Sent> cands = capped(byDate.getOrDefault(d, List.of()), MAX_CANDIDATES);
            List<Candidate> cs = cands.stream().map(s -> new Candidate(s.sentence(), s.sentence().articleId(),
                    vectors.get(s), s.words(), s.published().toString())).toList();
            for (int k = 0; k < settings.size(); k++) {
                Setting st = settings.get(k);
                double[] scores = new SentenceScorer(st.centralityWeight(), st.lengthTarget()).scores(cs);
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (1 - positionWeight) * scores[i]
                            + positionWeight / Math.sqrt(1 + cs.get(i).sentence().index());
                }
                List<Candidate> chosen = new SentenceSelector(st.lambda(), 0.5).select(cs, scores, length);
                put(ours.get(k), d, chosen.stream().map(c -> c.sentence().text()).toList());
            }
            put(lexSame, d, lexrank(cands, vectors, ref.sentencesPerDate()));
        }
        for (LocalDate d : busiest) {
            put(lexBusy, d, lexrank(capped(byDate.getOrDefault(d, List.of()), MAX_CANDIDATES), vectors,
                    ref.sentencesPerDate()));
        }
        for (int k = 0; k < settings.size(); k++) {
            out.put(settings.get(k).label(settings.size() == 1), ours.get(k));
        }
        out.put(LEXRANK_SAME_DATES, lexSame);
        out.put(LEXRANK_PUBLISHED, lexBusy);
        return out;
    }

    private static void put(TreeMap<LocalDate, String> timeline, LocalDate d, List<String> sentences) {
        if (!sentences.isEmpty()) {
            timeline.put(d, String.join(" ", sentences));
        }
    }

    /** Sentences that mention the day first (as collected), then by position in their article. */
    private static List<Sent> capped(List<Sent> sents, int max) {
        if (sents.size() <= max) {
            return sents;
        }
        List<Sent> sorted = new ArrayList<>(sents);
        sorted.sort(Comparator.comparingInt((Sent s) -> s.sentence().index())
                .thenComparing(s -> s.sentence().articleId()));
        return sorted.subList(0, max);
    }

    private static List<String> lexrank(List<Sent> cands, Map<Sent, TermVector> vectors, int k) {
        List<Sent> pool = capped(cands, MAX_LEXRANK);
        double[] scores = LexRank.defaults().scores(pool.stream().map(vectors::get).toList());
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(pool.get(order[i]).sentence().text());
        }
        return out;
    }

    /** The {@code n} dates with the highest count, ties by the other count, then earliest. */
    private static List<LocalDate> top(Map<LocalDate, Integer> counts, Map<LocalDate, Integer> tie, int n) {
        return counts.keySet().stream()
                .sorted(Comparator.comparingInt((LocalDate d) -> -counts.get(d))
                        .thenComparingInt(d -> -tie.getOrDefault(d, 0)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
    }

    private static Scores score(TreeMap<LocalDate, String> system, Reference ref, Rouge rouge) {
        long hits = system.keySet().stream().filter(ref.entries()::containsKey).count();
        Rouge.Prf dates = Rouge.Prf.of(hits, system.size(), ref.entries().size());
        String sys = String.join(" ", system.values());
        String gold = String.join(" ", ref.entries().values());
        Map<String, String> s = new HashMap<>();
        system.forEach((d, t) -> s.put(d.toString(), t));
        Map<String, String> g = new HashMap<>();
        ref.entries().forEach((d, t) -> g.put(d.toString(), t));
        return new Scores(dates.f(), rouge.concat(sys, gold, 1).f(), rouge.concat(sys, gold, 2).f(),
                rouge.dateAgreement(s, g, 1).f(), rouge.dateAgreement(s, g, 2).f());
    }
}
