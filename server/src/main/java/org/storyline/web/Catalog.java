package org.storyline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.Snapshot;
import org.storyline.provenance.Family;

/**
 * What the pages and the API look up often, computed once per snapshot: the families of duplicates (original →
 * its copies) and the provenance families of several versions, so that no request scans all articles for them.
 */
final class Catalog {
    private final Snapshot snapshot;
    private final Map<String, List<Article>> copies;
    private final Map<String, Family> provenance;

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
