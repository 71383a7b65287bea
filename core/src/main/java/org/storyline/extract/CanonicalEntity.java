package org.storyline.extract;

import java.util.List;
import java.util.Objects;

/**
 * One real-world referent across articles.
 *
 * @param id       deterministic id derived from the type and the canonical name ({@code per:antony-blinken})
 * @param name     the canonical name: the fullest form written (titles stripped), the most frequent among equals
 * @param variants every form written, titles and honorifics included, sorted
 * @param roles    titles seen attached to the name ("Secretary", "President"), sorted
 * @param articles ids of the articles that mention it, sorted
 * @param mentions number of mentions
 */
public record CanonicalEntity(String id, String name, EntityType type, List<String> variants, List<String> roles,
        List<String> articles, int mentions) {
    public CanonicalEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        articles = List.copyOf(articles);
    }
}
