package org.storyline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.model.Storyline;
import org.storyline.provenance.Family;

/**
 * What the pages and the API look up often, computed once per snapshot: the families of duplicates (original →
 * its copies), the provenance families of several versions and each storyline's chronological order, so that no
 * request scans all articles or sorts a storyline.
 */
final class Catalog {
    private final Snapshot snapshot;
    private final Map<String, List<Article>> copies;
    private final Map<String, Family> provenance;
    /** Per event of a storyline: the events just before and after it in the storyline's chronological order. */
    private final Map<String, Event[]> neighbours;

    Catalog(Snapshot snapshot) {
        this.snapshot = snapshot;
        Map<String, List<Article>> m = new HashMap<>();
        for (Article a : snapshot.articles()) {
            if (a.duplicateOf() != null) {
                m.computeIfAbsent(a.duplicateOf(), k -> new ArrayList<>()).add(a);
            }
        }
        m.values().forEach(l -> l.sort(Comparator.comparing(Article::id)));
        this.copies = m;
        Map<String, Family> fams = new HashMap<>();
        for (Family f : Family.of(snapshot.articles())) {
            fams.put(f.id(), f);
        }
        this.provenance = fams;
        Map<String, Event[]> around = new HashMap<>();
        for (Storyline st : snapshot.storylines()) {
            List<Event> events = Lookups.eventsOf(snapshot, st);
            for (int i = 0; i < events.size(); i++) {
                around.put(events.get(i).id(), new Event[] {i > 0 ? events.get(i - 1) : null,
                        i < events.size() - 1 ? events.get(i + 1) : null});
            }
        }
        this.neighbours = around;
    }

    /** The event before this one in its storyline's chronological order, if any. */
    Optional<Event> before(String eventId) {
        Event[] n = neighbours.get(eventId);
        return Optional.ofNullable(n == null ? null : n[0]);
    }

    /** The event after this one in its storyline's chronological order, if any. */
    Optional<Event> after(String eventId) {
        Event[] n = neighbours.get(eventId);
        return Optional.ofNullable(n == null ? null : n[1]);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Articles recorded as duplicates of the given one, by id. */
    List<Article> copiesOf(String articleId) {
        return copies.getOrDefault(articleId, List.of());
    }

    /** The provenance family of several versions with this id, if there is one. */
    Optional<Family> provenanceFamily(String familyId) {
        return Optional.ofNullable(provenance.get(familyId));
    }

    /** Every family (an original with at least one copy), by the original's id. */
    Map<String, List<Article>> families() {
        return new TreeMap<>(copies);
    }
}
