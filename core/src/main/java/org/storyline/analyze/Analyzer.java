package org.storyline.analyze;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;
import org.storyline.clean.CleanStage;
import org.storyline.clean.CleaningPolicy;
import org.storyline.clean.TemplateLines;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.ClusterState;
import org.storyline.cluster.EventClusterer;
import org.storyline.cluster.KeyNames;
import org.storyline.embed.Embedder;
import org.storyline.dates.DatingStage;
import org.storyline.dates.EventDating;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.dedupe.ExactDuplicates;
import org.storyline.dedupe.NearDuplicates;
import org.storyline.embed.MiniLmEmbedder;
import org.storyline.provenance.ProvenancePass;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.RawArticle;
import org.storyline.model.Storyline;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.ArticleStore.StoredArticle;
import org.storyline.storyline.StorylineLinker;
import org.storyline.summarize.LeadSummarizer;
import org.storyline.text.Ids;
import org.storyline.text.Terms;

/**
 * Runs the whole analysis into an {@link ArticleStore}: articles are cleaned, dated and hashed one by one,
 * then, a batch at a time, marked as exact and near duplicates (copies take their original's event), the
 * originals clustered into events, and committed with the clustering state and the near-duplicate sketches. {@link Session#finish()} then derives what depends on the whole collection: provenance
 * families (rewrites found by sentence alignment, {@link ProvenancePass}), dates completed from events, event
 * headlines and summaries, and storylines. Running again on a store adds to it.
 */
public final class Analyzer {
    /** An inferred date ties with a given date up to this many days later (provenance: who came first). */
    static final int INFERRED_DATE_TIE_DAYS = 2;
    private final AnalyzerSettings settings;
    private final LongSupplier nanoTime;
    private final Embedder embedder;
    /** Key entities listed per event. */
    private static final int KEY_ENTITIES = 8;

    /**
     * An analyzer without dense embeddings (words and names only: the fast mode).
     *
     * @param nanoTime the clock used to time the run (injected so tests and benchmarks control it)
     */
    public Analyzer(AnalyzerSettings settings, LongSupplier nanoTime) {
        this(settings, nanoTime, null);
    }

    /** An analyzer that also clusters on embeddings of each article's lead when {@code embedder} is not null. */
    public Analyzer(AnalyzerSettings settings, LongSupplier nanoTime, Embedder embedder) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.embedder = embedder;
    }

    /** Starts a run on {@code store}; add articles, then call {@link Session#finish()}. */
    public Session open(ArticleStore store, AnalysisListener listener) throws IOException {
        return new Session(store, listener);
    }

    /** One run: not thread-safe; close without finishing to abandon the uncommitted batch. */
    public final class Session {
        private final ArticleStore store;
        private final AnalysisListener listener;
        private final Terms terms = new Terms();
        private final Pipeline<Article, Article> perArticle;
        private final EventClusterer clusterer;
        private final ClusterState state;
        private final EventDating eventDating = new EventDating();
        private final NearDuplicates nearDuplicates;
        private final List<Article> batch = new ArrayList<>();
        private final Set<String> addedIds = new HashSet<>();
        private final Set<String> batchIds = new HashSet<>();
        private final long started;
        private long read;
        private long added;
        private long skipped;
        private long rejected;
        private long duplicates;

        private Session(ArticleStore store, AnalysisListener listener) throws IOException {
            this.store = store;
            this.listener = listener;
            this.started = nanoTime.getAsLong();
            this.perArticle = pipeline(new CleanStage());
            this.clusterer = new EventClusterer(settings.clustering(), terms, embedder);
            this.state = store.loadState();
            this.nearDuplicates = new NearDuplicates(store.loadNearDuplicates(settings.nearDuplicates()));
        }

        /** Adds one article; commits when a batch is full. */
        public void add(RawArticle raw) throws IOException {
            read++;
            var stored = store.article(raw.id());
            if (stored.isPresent()) {
                if (stored.get().original().equals(raw.text())) {
                    skipped++;
                } else {
                    rejected++;
                    listener.rejected(raw.origin() + ": id '" + raw.id() + "' is already stored (from "
                            + stored.get().origin() + ") with a different text; skipped, nothing overwritten");
                }
                return;
            }
            if (!batchIds.add(raw.id())) {
                rejected++;
                listener.rejected(raw.origin() + ": id '" + raw.id() + "' appears twice in the input; skipped");
                return;
            }
            batch.add(Article.of(raw)); // cleaned at flush, when the batch's template lines are known
            if (batch.size() >= settings.batchSize()) {
                flush();
            }
        }

        /** The per-article stages: clean (with the given cleaner), date, hash. */
        private static Pipeline<Article, Article> pipeline(CleanStage clean) {
            return Pipeline.from(Set.of(Annotation.RAW), clean).then(new DatingStage()).then(new ContentHashStage());
        }

        /**
         * Runs the per-article stages on a batch. Lines that recur across many articles of one source in the
         * batch are that source's template and are removed too ({@link TemplateLines}).
         */
        private List<Article> clean(List<Article> raw) {
            TemplateLines templates = TemplateLines.defaults();
            raw.forEach(a -> templates.add(a.source(), a.original()));
            Map<String, Pipeline<Article, Article>> bySource = new HashMap<>();
            List<Article> out = new ArrayList<>(raw.size());
            for (Article a : raw) {
                Pipeline<Article, Article> p = templates.of(a.source()).isEmpty() ? perArticle
                        : bySource.computeIfAbsent(a.source(), s -> pipeline(new CleanStage(new TextCleaner(
                                CleaningPolicy.defaults().toBuilder().lineRule(templates.ruleFor(s)).build()))));
                out.add(p.apply(a));
            }
            return out;
        }

        private void flush() throws IOException {
            if (batch.isEmpty()) {
                return;
            }
            List<Article> ordered = new ArrayList<>(clean(batch));
            // earliest first; on the same day the version with the least boilerplate around the text (fewest
            // edits) comes first, so that copies are marked as derived from it and not the other way round
            // (a date inferred from the text is a lower bound: it counts as no earlier than a given date a few
            // days later, and given dates go first among equal ones)
            ordered.sort(Comparator.comparing(Session::orderDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt((Article a) -> a.isDated() && a.dating().source() == DateSource.GIVEN ? 0 : 1)
                    .thenComparingInt((Article a) -> a.removed() == null ? 0 : a.removed().size())
                    .thenComparing(Article::id));
            List<Article> exact = new ExactDuplicates(store::idWithHash).mark(ordered);
            NearDuplicates.Marked near = nearDuplicates.mark(exact);
            List<Article> marked = near.articles();
            List<Article> originals = marked.stream().filter(a -> a.duplicateOf() == null).toList();
            Map<String, String> eventOf = new HashMap<>(clusterer.assign(originals, state));
            for (Article a : marked) {
                if (a.duplicateOf() != null) {
                    duplicates++;
                    String e = eventOf.get(a.duplicateOf());
                    eventOf.put(a.id(), e != null ? e : state.resolve(store.eventOf(a.duplicateOf()).orElseThrow()));
                }
            }
            store.commitBatch(marked, eventOf, state, near.sketches());
            marked.forEach(a -> addedIds.add(a.id()));
            added += marked.size();
            batch.clear();
            batchIds.clear();
            listener.batchCommitted(read, added);
        }

        /** The date a version is ordered by: a given date as it is, an inferred one some days later (a tie). */
        private static LocalDate orderDate(Article a) {
            if (!a.isDated()) {
                return null;
            }
            return a.dating().source() == DateSource.GIVEN ? a.dating().date()
                    : a.dating().date().plusDays(INFERRED_DATE_TIE_DAYS);
        }

        /** Commits the last batch, derives events and storylines, and reports. */
        public AnalysisReport finish() throws IOException {
            flush();
            listener.deriving();
            Derived d = derive();
            store.commitDerived(d.events(), d.storylines(), d.updated());
            double seconds = (nanoTime.getAsLong() - started) / 1e9;
            terms.close();
            return new AnalysisReport(read, added, skipped, rejected, duplicates, d.events().size(),
                    d.storylines().size(), seconds);
        }

        /**
         * Runs the provenance pass on the (dated) members of every event, replacing the articles whose provenance
         * changed in {@code members} and in {@code updated}.
         */
        private void provenance(Map<String, List<Article>> members, List<StoredArticle> updated) {
            if (!settings.rewrites().enabled()) {
                return;
            }
            Map<String, String> eventOfId = new HashMap<>();
            List<Article> all = new ArrayList<>();
            members.forEach((event, list) -> list.forEach(a -> {
                eventOfId.put(a.id(), event);
                all.add(a);
            }));
            Map<String, Article> changed = new HashMap<>();
            new ProvenancePass(settings.rewrites(),
                    () -> embedder != null ? embedder : new MiniLmEmbedder(ForkJoinPool.commonPool()), terms)
                    .run(all, addedIds, eventOfId::get).forEach(a -> changed.put(a.id(), a));
            if (changed.isEmpty()) {
                return;
            }
            members.forEach((event, list) -> list.replaceAll(a -> changed.getOrDefault(a.id(), a)));
            updated.removeIf(u -> changed.containsKey(u.article().id()));
            changed.values().stream().sorted(Comparator.comparing(Article::id))
                    .forEach(a -> updated.add(new StoredArticle(a, eventOfId.get(a.id()))));
        }

        private record Derived(List<Event> events, List<Storyline> storylines, List<StoredArticle> updated) {}

        private Derived derive() {
            Map<String, List<Article>> members = new TreeMap<>();
            for (StoredArticle s : store.articles()) {
                members.computeIfAbsent(state.resolve(s.event()), k -> new ArrayList<>()).add(s.article());
            }
            List<StoredArticle> updated = new ArrayList<>();
            for (Map.Entry<String, List<Article>> en : members.entrySet()) {
                List<Article> list = en.getValue();
                List<Dating> mates = list.stream().filter(Article::isDated).map(Article::dating)
                        .filter(d -> d.source() == DateSource.GIVEN || d.source() == DateSource.TEXT).toList();
                if (mates.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    Article a = list.get(i);
                    if (a.isDated() && a.dating().source() != DateSource.EVENT) {
                        continue;
                    }
                    Dating completed = eventDating.complete(DatingStage.datingText(a), mates);
                    if (completed.isDated() && !completed.equals(a.dating())) {
                        Article u = a.withDating(completed);
                        list.set(i, u);
                        updated.add(new StoredArticle(u, en.getKey()));
                    }
                }
            }
            provenance(members, updated);
            LeadSummarizer summarizer = new LeadSummarizer(terms, settings.summaryWords());
            KeyNames keyNames = new KeyNames(state, terms);
            Map<String, Event> events = new LinkedHashMap<>();
            for (Map.Entry<String, List<Article>> en : members.entrySet()) {
                List<Article> list = new ArrayList<>(en.getValue());
                list.sort(LeadSummarizer.memberOrder());
                LeadSummarizer.EventText text = summarizer.summarize(list);
                LocalDate start = list.stream().filter(Article::isDated).map(a -> a.dating().date())
                        .min(Comparator.naturalOrder()).orElse(null);
                LocalDate end = list.stream().filter(Article::isDated).map(a -> a.dating().latest())
                        .max(Comparator.naturalOrder()).orElse(null);
                List<String> sources = list.stream().map(Article::source).filter(s -> s != null && !s.isBlank())
                        .distinct().sorted().toList();
                events.put(en.getKey(), new Event(en.getKey(), list.stream().map(Article::id).toList(), start, end,
                        text.headline(), text.summary(), sources, keyNames.of(list, KEY_ENTITIES)));
            }
            List<Storyline> storylines = new ArrayList<>();
            List<Event> orderedEvents = new ArrayList<>();
            StorylineLinker linker = new StorylineLinker(settings.clustering());
            for (List<String> group : linker.link(state)) {
                List<String> ids = group.stream().filter(events::containsKey).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                ids.forEach(id -> orderedEvents.add(events.get(id)));
                Event last = events.get(ids.get(ids.size() - 1));
                storylines.add(new Storyline(Ids.derived("S", ids.get(0)), last.headline(), ids));
            }
            return new Derived(orderedEvents, storylines, updated);
        }
    }
}
