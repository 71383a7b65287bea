package org.storyline.web;

import java.time.LocalDate;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Dating;
import org.storyline.model.Event;
import org.storyline.model.RemovedSpan;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/** The JSON API's documents: plain records, serialized by Jackson. Dates are ISO 8601 strings or null. */
final class Api {
    private Api() {}

    /** An event as listed inside its storyline. */
    record EventRef(String id, String headline, String start, String end, List<String> articleIds) {}

    record StorylineDoc(String id, String title, List<EventRef> events) {}

    record EventDoc(String id, String storylineId, String headline, String summary, String start, String end,
            List<String> sources, List<String> articleIds) {}

    record RemovedDoc(int start, int end, String reason, String text) {}

    /**
     * @param published    the date at its known precision ({@code 2023-12-27}, {@code 2023-12}, {@code 2023}), or null
     * @param dateSource   GIVEN, TEXT, EVENT or NONE
     * @param text         the cleaned text (the original when cleaning did not run)
     * @param removed      the boilerplate cleaning removed; empty when cleaning did not run
     */
    record ArticleDoc(String id, String title, String source, String url, String lang, String published,
            String datePrecision, String dateSource, String dateEvidence, String eventId, String duplicateOf,
            String text, List<RemovedDoc> removed) {}

    record ErrorDoc(String error, int status) {}

    static List<StorylineDoc> storylines(Snapshot s) {
        return s.storylines().stream().map(st -> storyline(s, st)).toList();
    }

    private static StorylineDoc storyline(Snapshot s, Storyline st) {
        List<EventRef> events = Lookups.eventsOf(s, st).stream()
                .map(e -> new EventRef(e.id(), e.headline(), iso(e.start()), iso(e.end()), e.articleIds()))
                .toList();
        return new StorylineDoc(st.id(), st.title(), events);
    }

    static EventDoc event(Snapshot s, String id) {
        Event e = Lookups.event(s, id);
        return new EventDoc(e.id(), s.storylineOf(e.id()).orElse(null), e.headline(), e.summary(), iso(e.start()),
                iso(e.end()), e.sources(), e.articleIds());
    }

    static ArticleDoc article(Snapshot s, String id) {
        Article a = Lookups.article(s, id);
        Dating d = a.dating() == null ? Dating.undated() : a.dating();
        List<RemovedDoc> removed = a.removed() == null ? List.of() : a.removed().stream()
                .map(Api::removed)
                .toList();
        return new ArticleDoc(a.id(), a.title(), a.source(), a.url(), a.lang(), d.iso(),
                d.precision() == null ? null : d.precision().name(), d.source().name(), d.evidence(),
                s.eventOf(a.id()).orElse(null), a.duplicateOf(), a.body(), removed);
    }

    private static RemovedDoc removed(RemovedSpan r) {
        return new RemovedDoc(r.start(), r.end(), r.reason().name(), r.text());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
