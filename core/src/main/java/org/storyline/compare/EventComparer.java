package org.storyline.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.Article;
import org.storyline.text.Folding;

/**
 * Compares an event's coverage across its families (one vote per family). Facts are aligned when they are about
 * the same thing: quantities that count the same kind of thing over the same period in similar sentences, dates
 * in similar sentences, quotes with mostly the same words, names of one resolved person, and whole sentences
 * (claims) with an idf-weighted cosine above {@link #CLAIM_SIMILARITY}. From the alignment: agreements (two or
 * more families), contradictions (incompatible numbers or dates for the same thing, a quote given to different
 * speakers, a name spelled two ways), exclusive facts (one family), omissions (per family, the agreements it
 * lacks) and framing (per family: word choices, quoted people, tone).
 */
public final class EventComparer {
    static final double CLAIM_SIMILARITY = 0.42;
    static final double EXCLUSIVE_CLAIM_SIMILARITY = 0.2;
    static final double NUMBER_CONTEXT = 0.3;
    static final double DATE_AGREEMENT = 0.25;
    static final double DATE_CONTRADICTION = 0.5;
    static final double QUOTE_OVERLAP = 0.7;
    private static final int MIN_CLAIM_TERMS = 6;
    private static final int BLOCKING_TERMS = 4;
    private static final int MAX_BUCKET = 400;
    private static final int MAX_EXCLUSIVE_CLAIMS = 8;

    private final FramingLexicon framing;
    private final ToneLexicon tone;
    private final CompareLimits limits;

    public EventComparer(FramingLexicon framing, ToneLexicon tone, CompareLimits limits) {
        this.framing = framing;
        this.tone = tone;
        this.limits = limits;
    }

    public static EventComparer defaults() {
        return new EventComparer(FramingLexicon.defaults(), ToneLexicon.defaults(), CompareLimits.defaults());
    }

    public CompareLimits limits() {
        return limits;
    }

    /** The comparison of a prepared event. */
    public Comparison compare(String eventId, EventMaterial m) {
        List<Agreement> agreements = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        List<Exclusive> exclusive = new ArrayList<>();
        boolean several = m.families().size() > 1;
        Set<ArticleSentence> exclusiveSentences = new HashSet<>();
        Set<ArticleSentence> agreedSentences = new HashSet<>();

        List<Fact> facts = m.families().stream().flatMap(f -> f.facts().stream()).toList();
        Map<String, String> familyOfArticle = new HashMap<>();
        m.families().forEach(f -> f.members().forEach(a -> familyOfArticle.put(a.id(), f.id())));

        // quantities
        List<QuantityFact> quantities = facts.stream().filter(QuantityFact.class::isInstance)
                .map(QuantityFact.class::cast).toList();
        Groups<QuantityFact> qg = new Groups<>(quantities);
        Map<String, List<Integer>> buckets = new TreeMap<>();
        for (int i = 0; i < quantities.size(); i++) {
            QuantityFact q = quantities.get(i);
            List<Integer> b = buckets.computeIfAbsent(q.unitClass() + "/" + q.period(), k -> new ArrayList<>());
            if (b.size() < MAX_BUCKET) {
                b.add(i);
            }
        }
        List<int[]> incompatible = new ArrayList<>();
        for (List<Integer> b : buckets.values()) {
            for (int x = 0; x < b.size(); x++) {
                for (int y = x + 1; y < b.size(); y++) {
                    QuantityFact p = quantities.get(b.get(x));
                    QuantityFact q = quantities.get(b.get(y));
                    String fp = familyOfArticle.get(p.articleId());
                    String fq = familyOfArticle.get(q.articleId());
                    if (fp.equals(fq)) {
                        continue;
                    }
                    double sim = similarity(m, p.sentence(), q.sentence());
                    if (p.compatibleWith(q)) {
                        if (p.period() != Period.NONE || sim >= 0.1) {
                            qg.union(b.get(x), b.get(y));
                        }
                    } else if (sim >= NUMBER_CONTEXT) {
                        incompatible.add(new int[] {b.get(x), b.get(y)});
                    }
                }
            }
        }
        for (List<Integer> group : qg.groups()) {
            List<QuantityFact> members = group.stream().map(quantities::get).toList();
            Set<String> fams = families(members, familyOfArticle);
            if (fams.size() >= 2) {
                Set<String> wordings = new TreeSet<>();
                members.forEach(q -> wordings.add(q.text()));
                String note = wordings.size() > 1
                        ? "worded differently (" + String.join(" / ", wordings) + "): compatible, not a contradiction"
                        : null;
                agreements.add(agreement(FactKind.QUANTITY, describe(members.get(0)), members, familyOfArticle, m,
                        note));
                members.forEach(q -> agreedSentences.add(q.sentence()));
            } else if (several) {
                QuantityFact q = members.get(0);
                exclusive.add(exclusive(FactKind.QUANTITY, describe(q), q, familyOfArticle, m));
                exclusiveSentences.add(q.sentence());
            }
        }
        Set<String> seenPairs = new HashSet<>();
        for (int[] pair : incompatible) {
            int ra = qg.find(pair[0]);
            int rb = qg.find(pair[1]);
            if (ra == rb || !seenPairs.add(Math.min(ra, rb) + ":" + Math.max(ra, rb))) {
                continue;
            }
            QuantityFact a = quantities.get(pair[0]);
            contradictions.add(new Contradiction(ContradictionKind.NUMBER,
                    a.unit() + (a.period() == Period.NONE ? "" : " per " + a.period().name().toLowerCase(Locale.ROOT)),
                    List.of(side(qg.members(ra), familyOfArticle, m), side(qg.members(rb), familyOfArticle, m))));
        }

        // dates
        List<DateFact> dates = facts.stream().filter(DateFact.class::isInstance).map(DateFact.class::cast).toList();
        Groups<DateFact> dg = new Groups<>(dates);
        List<int[]> differing = new ArrayList<>();
        for (int x = 0; x < dates.size() && x < MAX_BUCKET; x++) {
            for (int y = x + 1; y < dates.size() && y < MAX_BUCKET; y++) {
                DateFact p = dates.get(x);
                DateFact q = dates.get(y);
                if (familyOfArticle.get(p.articleId()).equals(familyOfArticle.get(q.articleId()))) {
                    continue;
                }
                double sim = similarity(m, p.sentence(), q.sentence());
                if (p.compatibleWith(q) && sim >= DATE_AGREEMENT) {
                    dg.union(x, y);
                } else if (!p.compatibleWith(q) && sim >= DATE_CONTRADICTION) {
                    differing.add(new int[] {x, y});
                }
            }
        }
        for (List<Integer> group : dg.groups()) {
            List<DateFact> members = group.stream().map(dates::get).toList();
            if (families(members, familyOfArticle).size() >= 2) {
                agreements.add(agreement(FactKind.DATE, members.get(0).text(), members, familyOfArticle, m, null));
                members.forEach(q -> agreedSentences.add(q.sentence()));
            } else if (several) {
                exclusive.add(exclusive(FactKind.DATE, members.get(0).text(), members.get(0), familyOfArticle, m));
                exclusiveSentences.add(members.get(0).sentence());
            }
        }
        seenPairs.clear();
        for (int[] pair : differing) {
            int ra = dg.find(pair[0]);
            int rb = dg.find(pair[1]);
            if (ra != rb && seenPairs.add(Math.min(ra, rb) + ":" + Math.max(ra, rb))) {
                contradictions.add(new Contradiction(ContradictionKind.DATE, "date of the same report",
                        List.of(side(dg.members(ra), familyOfArticle, m), side(dg.members(rb), familyOfArticle, m))));
            }
        }

        // quotes
        List<QuoteFact> quotes = facts.stream().filter(QuoteFact.class::isInstance).map(QuoteFact.class::cast)
                .limit(MAX_BUCKET).toList();
        Groups<QuoteFact> quoteGroups = new Groups<>(quotes);
        List<Set<String>> quoteWords = quotes.stream().map(q -> words(q.text())).toList();
        for (int x = 0; x < quotes.size(); x++) {
            for (int y = x + 1; y < quotes.size(); y++) {
                if (overlap(quoteWords.get(x), quoteWords.get(y)) >= QUOTE_OVERLAP) {
                    quoteGroups.union(x, y);
                }
            }
        }
        for (List<Integer> group : quoteGroups.groups()) {
            List<QuoteFact> members = group.stream().map(quotes::get).toList();
            Set<String> fams = families(members, familyOfArticle);
            Map<String, List<QuoteFact>> bySpeaker = new TreeMap<>();
            for (QuoteFact q : members) {
                if (q.speakerKey() != null) {
                    bySpeaker.computeIfAbsent(q.speakerKey(), k -> new ArrayList<>()).add(q);
                }
            }
            if (bySpeaker.size() >= 2) {
                List<Contradiction.Side> sides = new ArrayList<>();
                for (List<QuoteFact> qs : bySpeaker.values()) {
                    Contradiction.Side s = side(qs, familyOfArticle, m);
                    sides.add(new Contradiction.Side(qs.get(0).speaker(), s.families(), s.articles(), s.evidence()));
                }
                contradictions.add(new Contradiction(ContradictionKind.QUOTE_SPEAKER,
                        "“" + shorten(members.get(0).text()) + "”", sides));
            }
            if (fams.size() >= 2) {
                agreements.add(agreement(FactKind.QUOTE, quoteStatement(members), members, familyOfArticle, m,
                        null));
                members.forEach(q -> agreedSentences.add(q.sentence()));
            } else if (several) {
                exclusive.add(exclusive(FactKind.QUOTE, quoteStatement(members), members.get(0), familyOfArticle, m));
                exclusiveSentences.add(members.get(0).sentence());
            }
        }

        // names spelled differently: one person (one resolved entity) written with given names an edit or two apart
        Map<String, Map<String, List<NameFact>>> names = new TreeMap<>();
        for (Fact f : facts) {
            if (f instanceof NameFact n) {
                names.computeIfAbsent(n.personKey(), k -> new TreeMap<>())
                        .computeIfAbsent(Folding.fold(n.given()), k -> new ArrayList<>()).add(n);
            }
        }
        for (Map.Entry<String, Map<String, List<NameFact>>> e : names.entrySet()) {
            List<String> givens = new ArrayList<>(e.getValue().keySet());
            for (int x = 0; x < givens.size(); x++) {
                for (int y = x + 1; y < givens.size(); y++) {
                    if (variants(givens.get(x), givens.get(y))) {
                        List<NameFact> a = e.getValue().get(givens.get(x));
                        List<NameFact> b = e.getValue().get(givens.get(y));
                        Contradiction.Side sa = side(a, familyOfArticle, m);
                        Contradiction.Side sb = side(b, familyOfArticle, m);
                        contradictions.add(new Contradiction(ContradictionKind.NAME_SPELLING,
                                "spelling of " + a.get(0).surname(),
                                List.of(new Contradiction.Side(a.get(0).text(), sa.families(), sa.articles(), sa.evidence()),
                                        new Contradiction.Side(b.get(0).text(), sb.families(), sb.articles(),
                                                sb.evidence()))));
                    }
                }
            }
        }

        // claims: whole sentences
        exclusiveSentences.addAll(agreedSentences);
        claims(m, agreements, exclusive, exclusiveSentences, several);

        agreements.sort(Comparator.comparingInt((Agreement a) -> -a.families().size())
                .thenComparing(Agreement::kind)
                .thenComparing(a -> a.evidence().get(0).article())
                .thenComparingInt(a -> a.evidence().get(0).start()));
        contradictions.sort(Comparator.comparing(Contradiction::kind).thenComparing(Contradiction::about)
                .thenComparing(c -> c.sides().get(0).value()));
        exclusive.sort(Comparator.comparing(Exclusive::family).thenComparingInt(x -> x.evidence().start())
                .thenComparing(Exclusive::kind));
        return new Comparison(eventId, m.families().size(), agreements, contradictions, exclusive,
                omissions(m, agreements), framing(m));
    }

    private void claims(EventMaterial m, List<Agreement> agreements, List<Exclusive> exclusive,
            Set<ArticleSentence> covered, boolean several) {
        List<EventMaterial.Unit> units = m.units().stream().filter(u -> u.terms().size() >= MIN_CLAIM_TERMS).toList();
        Map<Integer, List<Integer>> index = new HashMap<>();
        List<int[]> tops = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int[] top = LexicalSpace.topIds(units.get(i).vector(), BLOCKING_TERMS);
            tops.add(top);
            for (int t : top) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        Groups<EventMaterial.Unit> groups = new Groups<>(units);
        double[] best = new double[units.size()];
        Map<Long, Double> sims = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Set<Integer> candidates = new LinkedHashSet<>();
            for (int t : tops.get(i)) {
                for (int j : index.get(t)) {
                    if (j != i && !units.get(j).family().equals(units.get(i).family())) {
                        candidates.add(j);
                    }
                    if (candidates.size() >= limits.maxCandidates()) {
                        break;
                    }
                }
            }
            for (int j : candidates) {
                double s = units.get(i).vector().cosine(units.get(j).vector());
                best[i] = Math.max(best[i], s);
                if (s >= CLAIM_SIMILARITY) {
                    groups.union(i, j);
                    sims.put(((long) Math.min(i, j) << 32) | Math.max(i, j), s);
                }
            }
        }
        for (List<Integer> g : groups.groups()) {
            Map<String, EventMaterial.Unit> perFamily = new TreeMap<>();
            for (int i : g) {
                perFamily.putIfAbsent(units.get(i).family(), units.get(i));
            }
            if (perFamily.size() < 2) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            List<String> articles = new ArrayList<>();
            for (Map.Entry<String, EventMaterial.Unit> e : perFamily.entrySet()) {
                evidence.add(Evidence.of(e.getValue().sentence(), e.getKey()));
                articles.addAll(m.family(e.getKey()).articleIds());
            }
            EventMaterial.Unit first = perFamily.values().iterator().next();
            agreements.add(new Agreement(FactKind.CLAIM, first.sentence().text(), List.copyOf(perFamily.keySet()),
                    articles.stream().sorted().toList(), evidence, null));
        }
        if (!several) {
            return;
        }
        Map<String, Integer> perFamily = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            EventMaterial.Unit u = units.get(i);
            if (best[i] >= EXCLUSIVE_CLAIM_SIMILARITY || covered.contains(u.sentence())
                    || perFamily.getOrDefault(u.family(), 0) >= MAX_EXCLUSIVE_CLAIMS) {
                continue;
            }
            perFamily.merge(u.family(), 1, Integer::sum);
            exclusive.add(new Exclusive(FactKind.CLAIM, u.sentence().text(), u.family(),
                    m.family(u.family()).articleIds(), Evidence.of(u.sentence(), u.family())));
        }
    }

    private List<Omission> omissions(EventMaterial m, List<Agreement> agreements) {
        List<Omission> out = new ArrayList<>();
        if (m.families().size() < 3) {
            return out; // with two families every agreement is reported by both
        }
        for (EventMaterial.Family f : m.families()) {
            List<Integer> missing = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < agreements.size(); i++) {
                if (!agreements.get(i).families().contains(f.id())) {
                    missing.add(i);
                    statements.add(agreements.get(i).statement());
                }
            }
            if (!missing.isEmpty()) {
                out.add(new Omission(f.id(), f.articleIds(), sources(f), missing, statements));
            }
        }
        return out;
    }

    private List<SourceFraming> framing(EventMaterial m) {
        List<SourceFraming> out = new ArrayList<>();
        for (EventMaterial.Family f : m.families()) {
            for (Map.Entry<String, List<Fact>> mf : f.memberFacts().entrySet()) {
                Article a = f.members().stream().filter(x -> x.id().equals(mf.getKey())).findFirst().orElseThrow();
                String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
                Set<String> quoted = new LinkedHashSet<>();
                int unnamed = 0;
                for (Fact fact : mf.getValue()) {
                    if (fact instanceof QuoteFact q) {
                        if (q.speaker() == null) {
                            unnamed++;
                        } else {
                            quoted.add(q.speaker());
                        }
                    }
                }
                int[] counts = tone.counts(text);
                out.add(new SourceFraming(a.id(), a.source(), f.id(), framing.count(text), List.copyOf(quoted),
                        unnamed, ToneLexicon.tone(counts[0], counts[1]), counts[0], counts[1]));
            }
        }
        return out;
    }

    private static List<String> sources(EventMaterial.Family f) {
        return f.members().stream().map(Article::source).filter(s -> s != null && !s.isBlank()).distinct().sorted()
                .toList();
    }

    private static double similarity(EventMaterial m, ArticleSentence a, ArticleSentence b) {
        EventMaterial.Unit ua = m.unit(a);
        EventMaterial.Unit ub = m.unit(b);
        return ua == null || ub == null ? 0 : ua.vector().cosine(ub.vector());
    }

    private static Set<String> families(List<? extends Fact> facts, Map<String, String> familyOfArticle) {
        Set<String> out = new TreeSet<>();
        facts.forEach(f -> out.add(familyOfArticle.get(f.articleId())));
        return out;
    }

    private static Agreement agreement(FactKind kind, String statement, List<? extends Fact> members,
            Map<String, String> familyOfArticle, EventMaterial m, String note) {
        Contradiction.Side s = side(members, familyOfArticle, m);
        return new Agreement(kind, statement, s.families(), s.articles(), s.evidence(), note);
    }

    private static Exclusive exclusive(FactKind kind, String statement, Fact f, Map<String, String> familyOfArticle,
            EventMaterial m) {
        String family = familyOfArticle.get(f.articleId());
        return new Exclusive(kind, statement, family, m.family(family).articleIds(), Evidence.of(f, family));
    }

    /** The families of {@code facts}, all their articles, and one sentence per family (its first mention). */
    private static Contradiction.Side side(List<? extends Fact> facts, Map<String, String> familyOfArticle,
            EventMaterial m) {
        Map<String, Fact> first = new TreeMap<>();
        for (Fact f : facts) {
            first.merge(familyOfArticle.get(f.articleId()), f, (a, b) -> a.start() <= b.start() ? a : b);
        }
        List<String> articles = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Fact> e : first.entrySet()) {
            articles.addAll(m.family(e.getKey()).articleIds());
            evidence.add(Evidence.of(e.getValue(), e.getKey()));
        }
        return new Contradiction.Side(facts.get(0).text(), List.copyOf(first.keySet()),
                articles.stream().sorted().toList(), evidence);
    }

    /** The mention as written ("$200 million per day"), with its period when the sentence gave it ("(per day)"). */
    private static String describe(QuantityFact q) {
        if (q.period() == Period.NONE) {
            return q.text();
        }
        String p = q.period().name().toLowerCase(Locale.ROOT);
        String t = q.text().toLowerCase(Locale.ROOT);
        boolean stated = t.contains("per " + p) || t.contains("a " + p) || t.contains("each " + p)
                || t.contains("every " + p) || t.contains(q.period() == Period.DAY ? "daily" : p + "ly");
        return stated ? q.text() : q.text() + " (per " + p + ")";
    }

    private static String quoteStatement(List<QuoteFact> members) {
        String speaker = members.stream().map(QuoteFact::speaker).filter(s -> s != null).findFirst().orElse(null);
        return (speaker == null ? "" : speaker + ": ") + "“" + shorten(members.get(0).text()) + "”";
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "…";
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Shared words over the smaller set (a quote cut short still matches); 0 for quotes under 4 words. */
    static double overlap(Set<String> a, Set<String> b) {
        int min = Math.min(a.size(), b.size());
        if (min < 4) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) min;
    }

    /**
     * Two given names of one surname that look like one name misspelled: edit distance 1 or 2, at least 4
     * letters, and neither a prefix of the other (a short form such as "Joe" / "Joseph" is not flagged).
     */
    static boolean variants(String a, String b) {
        if (a.equals(b) || a.length() < 4 || b.length() < 4 || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        int d = editDistance(a, b);
        return d >= 1 && d <= 2 && d < Math.min(a.length(), b.length()) / 2.0;
    }

    static int editDistance(String a, String b) {
        return org.storyline.text.EditDistance.of(a, b);
    }

    /** Union-find over a list, groups in order of their first member. */
    private static final class Groups<T> {
        private final List<T> items;
        private final int[] parent;

        Groups(List<T> items) {
            this.items = items;
            this.parent = new int[items.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        List<List<Integer>> groups() {
            Map<Integer, List<Integer>> g = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                g.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            return new ArrayList<>(g.values());
        }

        List<T> members(int root) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                if (find(i) == root) {
                    out.add(items.get(i));
                }
            }
            return out;
        }
    }
}
