package org.storyline.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;

/** Read-only questions about one snapshot that the pages and the API share. */
final class Lookups {
    /** By start date, undated last; stable, so equal starts keep the storyline's order. */
    static final Comparator<Event> CHRONOLOGICAL =
            Comparator.comparing(Event::start, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    private Lookups() {}

    static Article article(Snapshot s, String id) {
        return s.article(id).orElseThrow(() -> new NotFound("No article with id \"" + id + "\""));
    }

    static Event event(Snapshot s, String id) {
        return s.event(id).orElseThrow(() -> new NotFound("No event with id \"" + id + "\""));
    }

    static Storyline storyline(Snapshot s, String id) {
        return s.storyline(id).orElseThrow(() -> new NotFound("No storyline with id \"" + id + "\""));
    }

    static LocalDate firstStart(List<Event> events) {
        return events.stream().map(Event::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    static LocalDate lastEnd(List<Event> events) {
        return events.stream().map(e -> e.end() != null ? e.end() : e.start()).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** A storyline's events in chronological order (ids the snapshot does not know are skipped). */
    static List<Event> eventsOf(Snapshot s, Storyline storyline) {
        return storyline.eventIds().stream()
                .map(s::event)
                .flatMap(Optional::stream)
                .sorted(CHRONOLOGICAL)
                .toList();
    }

    /** Events that belong to no storyline, chronologically. */
    static List<Event> eventsOutsideStorylines(Snapshot s) {
        return s.events().stream()
                .filter(e -> s.storylineOf(e.id()).isEmpty())
                .sorted(CHRONOLOGICAL)
                .toList();
    }

    /** Articles that belong to no event. */
    static List<Article> articlesOutsideEvents(Snapshot s) {
        return s.articles().stream().filter(a -> s.eventOf(a.id()).isEmpty()).toList();
    }

    /** The storyline an event belongs to, if any. */
    static Optional<Storyline> storylineOf(Snapshot s, String eventId) {
        return s.storylineOf(eventId).flatMap(s::storyline);
    }

    /** The event an article belongs to, if any. */
    static Optional<Event> eventOf(Snapshot s, String articleId) {
        return s.eventOf(articleId).flatMap(s::event);
    }
}
