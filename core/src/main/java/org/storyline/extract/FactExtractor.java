package org.storyline.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;

/**
 * Extracts the facts of articles (entities, timexes, quantities, quotes) in one {@link FactMode}. Thread-safe:
 * one instance serves many threads; in {@link FactMode#FULL} the CoreNLP pipeline is loaded once, on first use.
 *
 * <p>Time budget: in FULL mode an article whose text is over {@link #MAX_FULL_CHARS}, or has a stretch of more
 * than {@link #MAX_RUN_WITHOUT_BREAK} characters without sentence punctuation or line break, or whose annotation
 * takes longer than the budget, is done in FAST mode instead and marked {@link ArticleFacts#degraded()}.
 * Entity ids are not set here; see {@link EntityResolver}.
 */
public final class FactExtractor implements AutoCloseable {
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    public static final int MAX_FULL_CHARS = 200_000;
    public static final int MAX_RUN_WITHOUT_BREAK = 5_000;

    private final FactMode mode;
    private final Duration budget;
    private final RuleEntities ruleEntities;
    private final RuleTimexes ruleTimexes = new RuleTimexes();
    private final RuleQuantities quantities = new RuleQuantities();
    private final QuoteFinder quotes = new QuoteFinder();
    private final CoreNlpFacts coreNlp;
    private final ExecutorService workers;

    public FactExtractor(FactMode mode) {
        this(mode, DEFAULT_BUDGET);
    }

    public FactExtractor(FactMode mode, Duration budget) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive: " + budget);
        }
        Gazetteer gazetteer = new Gazetteer();
        this.ruleEntities = new RuleEntities(gazetteer);
        this.coreNlp = mode == FactMode.FULL ? new CoreNlpFacts(gazetteer) : null;
        this.workers = mode == FactMode.FULL ? Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "storyline-facts");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public FactMode mode() {
        return mode;
    }

    /** Loads the FULL-mode models now rather than on the first article (a no-op in FAST mode). */
    public void warmUp() {
        if (coreNlp != null) {
            coreNlp.load();
        }
    }

    /** The facts of an article, found in its cleaned body, with every offset into its original text. */
    public ArticleFacts extract(Article article) {
        String body = article.body();
        LocalDate ref = article.isDated() ? article.dating().date() : null;
        ArticleFacts f = extract(article.id(), body, ref);
        if (article.text() == null || article.offsets() == null) {
            return f;
        }
        return toOriginal(f, article.original(), article.offsets());
    }

    /** The facts of {@code text}, offsets into it; relative dates are resolved against {@code ref} (nullable). */
    public ArticleFacts extract(String id, String text, LocalDate ref) {
        Objects.requireNonNull(text, "text");
        if (mode == FactMode.FAST) {
            return fast(id, text, ref, false);
        }
        if (text.length() > MAX_FULL_CHARS || longestRunWithoutBreak(text) > MAX_RUN_WITHOUT_BREAK) {
            return fast(id, text, ref, true);
        }
        coreNlp.load(); // outside the budget: the models load once
        Future<List<EntityMention>> job = workers.submit(() -> coreNlp.annotate(text));
        List<EntityMention> entities;
        try {
            entities = job.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return fast(id, text, ref, true);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting facts of " + id, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fact extraction failed for article " + id + ": " + e.getCause(),
                    e.getCause());
        }
        return facts(id, FactMode.FULL, false, text, ref, entities);
    }

    private ArticleFacts fast(String id, String text, LocalDate ref, boolean degraded) {
        return facts(id, FactMode.FAST, degraded, text, ref, ruleEntities.find(text));
    }

    private ArticleFacts facts(String id, FactMode mode, boolean degraded, String text, LocalDate ref,
            List<EntityMention> entities) {
        List<Timex> timexes = TimexValues.quarterly(text, ruleTimexes.find(text, ref), ref);
        return new ArticleFacts(id, mode, degraded, entities, timexes, quantities(text, timexes),
                quotes.find(text, entities));
    }

    private List<Quantity> quantities(String text, List<Timex> timexes) {
        List<int[]> skip = new ArrayList<>();
        for (Timex t : timexes) {
            if (t.type() == TimexType.DATE || t.type() == TimexType.TIME) {
                skip.add(new int[] {t.start(), t.end()});
            }
        }
        return quantities.find(text, skip);
    }

    static int longestRunWithoutBreak(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    /** The same facts with every span moved from the cleaned body into the original text. */
    static ArticleFacts toOriginal(ArticleFacts f, String original, OffsetMap map) {
        List<EntityMention> entities = new ArrayList<>();
        for (EntityMention m : f.entities()) {
            int[] s = span(map, m.start(), m.end());
            entities.add(new EntityMention(s[0], s[1], original.substring(s[0], s[1]), m.type(), m.entity()));
        }
        List<Timex> timexes = new ArrayList<>();
        for (Timex t : f.timexes()) {
            int[] s = span(map, t.start(), t.end());
            timexes.add(new Timex(s[0], s[1], original.substring(s[0], s[1]), t.type(), t.value()));
        }
        List<Quantity> qs = new ArrayList<>();
        for (Quantity q : f.quantities()) {
            int[] s = span(map, q.start(), q.end());
            qs.add(new Quantity(s[0], s[1], original.substring(s[0], s[1]), q.value(), q.unit(), q.approx()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : f.quotes()) {
            int[] s = span(map, q.start(), q.end());
            int[] sp = q.speakerStart() < 0 ? new int[] {-1, -1} : span(map, q.speakerStart(), q.speakerEnd());
            int ref = q.referentStart() < 0 ? -1 : map.toOriginal(q.referentStart());
            quotes.add(new Quote(s[0], s[1], original.substring(s[0], s[1]), q.direct(),
                    sp[0] < 0 ? null : original.substring(sp[0], sp[1]), sp[0], sp[1], ref, q.entity()));
        }
        return new ArticleFacts(f.id(), f.mode(), f.degraded(), entities, timexes, qs, quotes);
    }

    private static int[] span(OffsetMap map, int start, int end) {
        int s = map.toOriginal(start);
        int e = end > start ? map.toOriginal(end - 1) + 1 : s;
        return new int[] {s, Math.max(s, e)};
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
