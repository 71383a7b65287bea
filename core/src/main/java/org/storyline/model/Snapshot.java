package org.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consistent, immutable view of an analysed collection: what the output writers and the web server read.
 * Lists are in stable order (articles by id, events and storylines as produced).
 */
public final class Snapshot {
    private final List<Article> articles;
    private final List<Event> events;
    private final List<Storyline> storylines;
    private final Map<String, Article> articleById;
    private final Map<String, Event> eventById;
    private final Map<String, Storyline> storylineById;
    private final Map<String, String> eventOfArticle;
    private final Map<String, String> storylineOfEvent;

    public Snapshot(List<Article> articles, List<Event> events, List<Storyline> storylines) {
        this.articles = List.copyOf(articles);
        this.events = List.copyOf(events);
        this.storylines = List.copyOf(storylines);
        this.articleById = index(this.articles, Article::id);
        this.eventById = index(this.events, Event::id);
        this.storylineById = index(this.storylines, Storyline::id);
        Map<String, String> eoa = new LinkedHashMap<>();
        for (Event e : this.events) {
            for (String a : e.articleIds()) {
                eoa.put(a, e.id());
            }
        }
        this.eventOfArticle = Collections.unmodifiableMap(eoa);
        Map<String, String> soe = new LinkedHashMap<>();
        for (Storyline s : this.storylines) {
            for (String e : s.eventIds()) {
                soe.put(e, s.id());
            }
        }
        this.storylineOfEvent = Collections.unmodifiableMap(soe);
    }

    public static Snapshot empty() {
        return new Snapshot(List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            m.put(key.apply(t), t);
        }
        return Collections.unmodifiableMap(m);
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Event> events() {
        return events;
    }

    public List<Storyline> storylines() {
        return storylines;
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articleById.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventById.get(id));
    }

    public Optional<Storyline> storyline(String id) {
        return Optional.ofNullable(storylineById.get(id));
    }

    /** The event an article belongs to (duplicates belong to their original's event). */
    public Optional<String> eventOf(String articleId) {
        return Optional.ofNullable(eventOfArticle.get(articleId));
    }

    public Optional<String> storylineOf(String eventId) {
        return Optional.ofNullable(storylineOfEvent.get(eventId));
    }
}
