package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.storyline.extract.EntityType;
import org.storyline.index.SearchFilter;
import org.storyline.index.SearchHit;
import org.storyline.index.SearchRequest;
import org.storyline.index.SearchResults;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/** The JSON API's documents: plain records, serialized by Jackson. Dates are ISO 8601 strings or null. */
final class Api {
    private Api() {}

    /** One page of a listing. */
    record Page<T>(int page, int size, int total, List<T> items) {}

    /** An event as listed inside its storyline. */
    record EventRef(String id, String headline, String start, String end, List<String> articleIds) {}

    record StorylineDoc(String id, String title, String start, String end, int articles, List<EventRef> events) {}

    /** One step of a storyline's timeline. */
    record TimelineEntry(String event, String headline, String start, String end, int articles,
            List<String> sources) {}

    record StorylineDetail(String id, String title, String start, String end, List<TimelineEntry> timeline) {}

    record EventSummary(String id, String storylineId, String headline, String start, String end, int articles,
            List<String> sources) {}

    /** An article as listed: no text. */
    record ArticleSummary(String id, String title, String source, String url, String lang, String published,
            String eventId, String duplicateOf, String relation) {}

    /** A family member: how it derives from the others. */
    record MemberDoc(String id, String title, String source, String published, String relation, String derivedFrom,
            Double similarity) {}

    record FamilyDoc(String original, String eventId, List<MemberDoc> members) {}

    record EventDoc(String id, String storylineId, String headline, String summary, String start, String end,
            List<String> sources, List<String> articleIds, List<ArticleSummary> articles, List<FamilyDoc> families) {}

    record RemovedDoc(int start, int end, String reason, String text) {}

    /**
     * @param published    the date at its known precision ({@code 2023-12-27}, {@code 2023-12}, {@code 2023}), or null
     * @param dateSource   GIVEN, TEXT, EVENT or NONE
     * @param text         the cleaned text (the original when cleaning did not run)
     * @param removed      the boilerplate cleaning removed; empty when cleaning did not run
     */
    record ArticleDoc(String id, String title, String source, String url, String lang, String published,
            String datePrecision, String dateSource, String dateEvidence, String eventId, String duplicateOf,
            String relation, String derivedFrom, Double similarity, List<String> copies, String text,
            List<RemovedDoc> removed) {}

    /**
     * One event group of a search.
     *
     * @param snippet HTML: the text escaped, matched words in {@code <mark>}
     * @param others  the group's other matching articles
     */
    record HitDoc(String articleId, String title, String source, String published, String eventId,
            String eventHeadline, double score, String snippet, List<String> others) {}

    record SearchDoc(String query, String mode, int page, int size, int total, int articles, List<HitDoc> hits) {}

    record ErrorDoc(String error, int status) {}

    /** A canonical entity as listed. */
    record EntityItem(String id, String name, String type, int articles, int mentions) {}

    /** An event in which an entity is mentioned, with the articles that mention it. */
    record EntityEvent(String id, String headline, String start, String end, List<String> articles) {}

    /**
     * A canonical entity.
     *
     * @param events the events of the articles mentioning it, chronologically
     */
    record EntityDoc(String id, String name, String type, List<String> variants, List<String> roles, int mentions,
            List<String> articles, List<EntityEvent> events) {}

    // ---- listings ----

    static <T> Page<T> page(List<T> all, Params.Paging p) {
        int from = Math.min(all.size(), p.offset());
        return new Page<>(p.page(), p.size(), all.size(), all.subList(from, Math.min(all.size(), from + p.size())));
    }

    static Page<StorylineDoc> storylines(Snapshot s, Params.Paging p) {
        Page<Storyline> page = page(s.storylines(), p);
        return new Page<>(page.page(), page.size(), page.total(), page.items().stream().map(st -> storyline(s, st))
                .toList());
    }

    private static StorylineDoc storyline(Snapshot s, Storyline st) {
        List<Event> evs = Lookups.eventsOf(s, st);
        List<EventRef> events = evs.stream()
                .map(e -> new EventRef(e.id(), e.headline(), iso(e.start()), iso(e.end()), e.articleIds()))
                .toList();
        return new StorylineDoc(st.id(), st.title(), iso(Lookups.firstStart(evs)), iso(Lookups.lastEnd(evs)),
                evs.stream().mapToInt(e -> e.articleIds().size()).sum(), events);
    }

    static StorylineDetail storylineDetail(Snapshot s, String id) {
        Storyline st = Lookups.storyline(s, id);
        List<Event> evs = Lookups.eventsOf(s, st);
        return new StorylineDetail(st.id(), st.title(), iso(Lookups.firstStart(evs)), iso(Lookups.lastEnd(evs)),
                evs.stream().map(e -> new TimelineEntry(e.id(), e.headline(), iso(e.start()), iso(e.end()),
                        e.articleIds().size(), e.sources())).toList());
    }

    static Page<EventSummary> events(Snapshot s, SearchFilter f, Params.Paging p) {
        Predicate<Event> keep = e -> (f.source() == null || e.sources().contains(f.source()))
                && (f.storyline() == null || f.storyline().equals(s.storylineOf(e.id()).orElse(null)))
                && (f.from() == null || (e.end() != null && !e.end().isBefore(f.from())))
                && (f.to() == null || (e.start() != null && !e.start().isAfter(f.to())))
                && (f.articles() == null || e.articleIds().stream().anyMatch(f::allows));
        List<Event> all = s.events().stream().filter(keep).sorted(Lookups.CHRONOLOGICAL
                .thenComparing(Event::id)).toList();
        Page<Event> page = page(all, p);
        return new Page<>(page.page(), page.size(), page.total(), page.items().stream()
                .map(e -> new EventSummary(e.id(), s.storylineOf(e.id()).orElse(null), e.headline(), iso(e.start()),
                        iso(e.end()), e.articleIds().size(), e.sources())).toList());
    }

    static Page<ArticleSummary> articles(Snapshot s, SearchFilter f, Params.Paging p) {
        List<Article> all = s.articles().stream().filter(a -> matches(s, a, f)).toList();
        Page<Article> page = page(all, p);
        return new Page<>(page.page(), page.size(), page.total(),
                page.items().stream().map(a -> summary(s, a)).toList());
    }

    static boolean matches(Snapshot s, Article a, SearchFilter f) {
        LocalDate d = a.isDated() ? a.dating().date() : null;
        return f.allows(a.id()) && (f.source() == null || f.source().equals(a.source()))
                && (f.lang() == null || f.lang().equalsIgnoreCase(a.lang() == null ? "" : a.lang()))
                && (f.from() == null || (d != null && !d.isBefore(f.from())))
                && (f.to() == null || (d != null && !d.isAfter(f.to())))
                && (f.event() == null || f.event().equals(s.eventOf(a.id()).orElse(null)))
                && (f.storyline() == null || f.storyline().equals(
                        s.eventOf(a.id()).flatMap(s::storylineOf).orElse(null)));
    }

    static Page<FamilyDoc> families(View v, Params.Paging p) {
        List<Map.Entry<String, List<Article>>> all = new ArrayList<>(v.catalog().families().entrySet());
        Page<Map.Entry<String, List<Article>>> page = page(all, p);
        return new Page<>(page.page(), page.size(), page.total(),
                page.items().stream().map(en -> family(v.snapshot(), en.getKey(), en.getValue())).toList());
    }

    static FamilyDoc family(Snapshot s, String original, List<Article> copies) {
        List<MemberDoc> members = new ArrayList<>();
        s.article(original).ifPresent(a -> members.add(member(a)));
        copies.stream().sorted(Comparator.comparing((Article a) -> a.relation().ordinal()).thenComparing(Article::id))
                .forEach(a -> members.add(member(a)));
        return new FamilyDoc(original, s.eventOf(original).orElse(null), members);
    }

    private static MemberDoc member(Article a) {
        return new MemberDoc(a.id(), a.title(), a.source(), dating(a).iso(), a.relation().jsonName(),
                a.derivation() == null ? a.duplicateOf() : a.derivation().derivedFrom(),
                similarity(a));
    }

    /** The similarity to the version an article derives from: 1 for a copy without derivation, null for originals. */
    private static Double similarity(Article a) {
        if (a.derivation() != null) {
            return a.derivation().similarity();
        }
        return a.duplicateOf() == null ? null : Double.valueOf(1.0);
    }

    // ---- single documents ----

    static EventDoc event(View v, String id) {
        Snapshot s = v.snapshot();
        Event e = Lookups.event(s, id);
        List<ArticleSummary> articles = e.articleIds().stream().map(s::article).flatMap(Optional::stream)
                .map(a -> summary(s, a)).toList();
        List<FamilyDoc> families = e.articleIds().stream().filter(a -> !v.catalog().copiesOf(a).isEmpty())
                .map(a -> family(s, a, v.catalog().copiesOf(a))).toList();
        return new EventDoc(e.id(), s.storylineOf(e.id()).orElse(null), e.headline(), e.summary(), iso(e.start()),
                iso(e.end()), e.sources(), e.articleIds(), articles, families);
    }

    static ArticleDoc article(View v, String id) {
        Snapshot s = v.snapshot();
        Article a = Lookups.article(s, id);
        Dating d = dating(a);
        List<RemovedDoc> removed = a.removed() == null ? List.of() : a.removed().stream()
                .map(Api::removed)
                .toList();
        return new ArticleDoc(a.id(), a.title(), a.source(), a.url(), a.lang(), d.iso(),
                d.precision() == null ? null : d.precision().name(), d.source().name(), d.evidence(),
                s.eventOf(a.id()).orElse(null), a.duplicateOf(), a.relation().jsonName(),
                a.derivation() == null ? null : a.derivation().derivedFrom(),
                a.derivation() == null ? null : a.derivation().similarity(),
                v.catalog().copiesOf(a.id()).stream().map(Article::id).toList(), a.body(), removed);
    }

    static ArticleSummary summary(Snapshot s, Article a) {
        return new ArticleSummary(a.id(), a.title(), a.source(), a.url(), a.lang(), dating(a).iso(),
                s.eventOf(a.id()).orElse(null), a.duplicateOf(), a.relation().jsonName());
    }

    static SearchDoc search(View v, SearchRequest r) {
        Snapshot s = v.snapshot();
        SearchResults res = v.search().search(r, s);
        List<HitDoc> hits = new ArrayList<>();
        for (SearchHit h : res.hits()) {
            Optional<Article> a = s.article(h.articleId());
            if (a.isEmpty()) {
                continue; // indexed by a newer snapshot than this request's
            }
            hits.add(new HitDoc(h.articleId(), a.get().title(), a.get().source(), dating(a.get()).iso(), h.event(),
                    h.event() == null ? null : s.event(h.event()).map(Event::headline).orElse(null), h.score(),
                    h.snippet().html(), h.others()));
        }
        return new SearchDoc(r.query(), r.mode().param(), r.page(), r.size(), res.total(), res.articles(), hits);
    }

    // ---- derived: entities, facts, comparison, summaries ----

    static Page<EntityItem> entities(View v, EntityType type, String q, Params.Paging p) {
        if (!v.coverage().has(Coverage.Kind.ENTITIES)) {
            throw new NotFound(Coverage.Kind.ENTITIES.missing());
        }
        Page<Coverage.Entity> page = page(v.coverage().entities(type, q), p);
        return new Page<>(page.page(), page.size(), page.total(), page.items().stream()
                .map(e -> new EntityItem(e.id(), e.name(), e.type().name(), e.articles().size(), e.mentions()))
                .toList());
    }

    static EntityDoc entity(View v, String id) {
        Coverage.Entity e = entityOf(v, id);
        JsonNode line = v.coverage().entityDetail(id).orElseThrow(() -> unknownEntity(id));
        return new EntityDoc(e.id(), e.name(), e.type().name(), strings(line.path("variants")),
                strings(line.path("roles")), e.mentions(), e.articles(), entityEvents(v.snapshot(), e).stream()
                .map(en -> new EntityEvent(en.event().id(), en.event().headline(), iso(en.event().start()),
                        iso(en.event().end()), en.articles())).toList());
    }

    /** The entity, or a 404 (saying what is missing when the store has no entities). */
    static Coverage.Entity entityOf(View v, String id) {
        if (!v.coverage().has(Coverage.Kind.ENTITIES)) {
            throw new NotFound(Coverage.Kind.ENTITIES.missing());
        }
        return v.coverage().entity(id).orElseThrow(() -> unknownEntity(id));
    }

    private static NotFound unknownEntity(String id) {
        return new NotFound("No entity with id \"" + id + "\"");
    }

    /** An event and the articles of an entity in it. */
    record EventArticles(Event event, List<String> articles) {}

    /** The events of an entity's articles, chronologically (articles in no event are left out). */
    static List<EventArticles> entityEvents(Snapshot s, Coverage.Entity e) {
        Map<String, List<String>> byEvent = new java.util.LinkedHashMap<>();
        for (String a : e.articles()) {
            s.eventOf(a).ifPresent(ev -> byEvent.computeIfAbsent(ev, k -> new ArrayList<>()).add(a));
        }
        return byEvent.entrySet().stream()
                .flatMap(en -> s.event(en.getKey()).stream().map(ev -> new EventArticles(ev, en.getValue())))
                .sorted(Comparator.comparing(EventArticles::event, Lookups.CHRONOLOGICAL.thenComparing(Event::id)))
                .toList();
    }

    /** An article's line of facts.jsonl (offsets into its original text). */
    static JsonNode facts(View v, String articleId) {
        Lookups.article(v.snapshot(), articleId);
        return v.coverage().facts(articleId).orElseThrow(() -> new NotFound("No facts for article \"" + articleId
                + "\" (it was added after the last analysis of the store)"));
    }

    /** An event's line of comparison.jsonl. */
    static JsonNode comparison(View v, String eventId) {
        Lookups.event(v.snapshot(), eventId);
        return v.coverage().comparison(eventId).orElseThrow(() -> new NotFound("No comparison for event \""
                + eventId + "\" (it changed after the last analysis of the store)"));
    }

    /** An event's summary: {@code {"event", "sentences"}}. */
    static JsonNode eventSummary(View v, String eventId) {
        Lookups.event(v.snapshot(), eventId);
        return v.coverage().eventSummary(eventId).orElseThrow(() -> new NotFound("No summary for event \""
                + eventId + "\" (it changed after the last analysis of the store)"));
    }

    /** A storyline's dated timeline: {@code {"storyline", "sentences"}}. */
    static JsonNode storylineSummary(View v, String id) {
        Lookups.storyline(v.snapshot(), id);
        return v.coverage().storylineSummary(id).orElseThrow(() -> new NotFound("No summary for storyline \""
                + id + "\" (it changed after the last analysis of the store)"));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static Dating dating(Article a) {
        return a.dating() == null ? Dating.undated() : a.dating();
    }

    private static RemovedDoc removed(RemovedSpan r) {
        return new RemovedDoc(r.start(), r.end(), r.reason().name(), r.text());
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
