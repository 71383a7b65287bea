package org.storyline.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.Provenance;
import org.storyline.model.ProvenanceLink;
import org.storyline.model.Relation;

/**
 * A provenance family as read from its articles: the original (empty when the versions are siblings of an unseen
 * common source) and the members with their relation and evidence. What {@code provenance.jsonl} and the event
 * page show.
 *
 * @param members the original first, then by id
 */
public record Family(String id, Optional<String> original, List<Member> members) {

    /**
     * A version in its family.
     *
     * @param partner  the version the passages align with ({@code derivedFrom}, or the closest sibling); null when
     *                 there is no alignment (originals, copies found by hashing or shingles)
     * @param passages aligned passages, {@code a} in this member, {@code b} in the partner
     */
    public record Member(Article article, Relation relation, String derivedFrom, double similarity, String partner,
            List<AlignedPassage> passages) {}

    /** True when no member is the original: the versions derive from a source that is not in the collection. */
    public boolean commonSourceUnseen() {
        return original.isEmpty();
    }

    /** The families of the articles that have a provenance and more than one member, by id. */
    public static List<Family> of(List<Article> articles) {
        Map<String, List<Article>> byFamily = new TreeMap<>();
        for (Article a : articles) {
            if (a.provenance() != null) {
                byFamily.computeIfAbsent(a.provenance().family(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Family> out = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : byFamily.entrySet()) {
            if (e.getValue().size() > 1) {
                out.add(of(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** One family from its members. */
    public static Family of(String id, List<Article> members) {
        List<Article> sorted = new ArrayList<>(members);
        sorted.sort(java.util.Comparator.comparing((Article a) -> isOriginal(a) ? 0 : 1).thenComparing(Article::id));
        String original = sorted.stream().filter(Family::isOriginal).map(Article::id).findFirst().orElse(null);
        List<Member> out = new ArrayList<>();
        for (Article a : sorted) {
            Provenance p = a.provenance();
            ProvenanceLink link = null;
            if (p.derivedFrom() != null) {
                link = p.linkTo(p.derivedFrom()).orElse(null);
            } else if (p.relation() == Relation.REWRITE) {
                link = p.links().stream().filter(l -> l.verdict() == Relation.REWRITE)
                        .filter(l -> members.stream().anyMatch(m -> m.id().equals(l.other())))
                        .max(java.util.Comparator.comparingDouble(ProvenanceLink::similarity)).orElse(null);
            }
            out.add(new Member(a, p.relation(), p.derivedFrom(), p.similarity(), link == null ? null : link.other(),
                    link == null ? List.of() : link.passages()));
        }
        return new Family(id, Optional.ofNullable(original), out);
    }

    private static boolean isOriginal(Article a) {
        Relation r = a.provenance().relation();
        return r == Relation.ORIGINAL || r == Relation.INDEPENDENT;
    }
}
