package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Where an article stands among the versions of its story (issue #5).
 *
 * @param family      the family id ({@code fam-<id of its original>}, or of its first sibling when the original is
 *                    an unseen common source)
 * @param relation    to the family: {@link Relation#ORIGINAL}, {@link Relation#COPY}, {@link Relation#NEAR_COPY},
 *                    {@link Relation#REWRITE}, or {@link Relation#INDEPENDENT} (an original that has independent
 *                    reports of the same event in other families)
 * @param derivedFrom the version it derives from; null for an original, an independent report, and a sibling of an
 *                    unseen common source
 * @param similarity  with {@code derivedFrom} (or with its closest sibling), in [0, 1]; 1 for an original
 * @param links       the rewrite and independent verdicts this article took part in (the evidence)
 */
public record Provenance(String family, Relation relation, String derivedFrom, double similarity,
        List<ProvenanceLink> links) {
    public Provenance {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(relation, "relation");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** True for a version that derives from an unseen common source (no derived_from, not an original). */
    public boolean sibling() {
        return derivedFrom == null && (relation == Relation.REWRITE || relation == Relation.NEAR_COPY
                || relation == Relation.COPY);
    }

    /** The link to {@code other}, if any. */
    public java.util.Optional<ProvenanceLink> linkTo(String other) {
        return links.stream().filter(l -> l.other().equals(other)).findFirst();
    }
}
