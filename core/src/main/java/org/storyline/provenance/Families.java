package org.storyline.provenance;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.Derivation;
import org.storyline.model.Provenance;
import org.storyline.model.ProvenanceLink;
import org.storyline.model.Relation;

/**
 * Groups versions into families and says who copied whom. A family is the union (union-find) of the copy groups of
 * the duplicate stages ({@code duplicateOf}) joined by {@link Relation#REWRITE} links. Within a family with several
 * copy groups, the likely original is chosen among the groups' originals:
 *
 * <ol>
 *   <li>the earliest date, where a date inferred from the text only ties with one within {@value #TIE_DAYS} days
 *       or within its vague period (an inferred date is a lower bound, a given one is the publication date), and
 *       an undated version ties with every date;
 *   <li>among tied versions, one with a given date over those with inferred dates;
 *   <li>then the most complete: the version that contains each of the other tied ones (at least
 *       {@value #CONTAINS} of the other's text aligned to it, weighted by the passages' similarity), the longest
 *       first;
 *   <li>when none contains the others, the tied versions are siblings of an unseen common source.
 * </ol>
 *
 * Family ids are {@code fam-<id of the original>} (of the first sibling by date and id when the source is unseen),
 * so they are stable across runs. An article alone in its family that has {@link Relation#INDEPENDENT} links to other
 * families is marked independent. Pure function of the articles and their links.
 */
public final class Families {
    static final int TIE_DAYS = 2;
    static final double CONTAINS = 0.7;

    private Families() {}

    /**
     * The provenance of every article.
     *
     * @param articles all articles of the collection
     * @param links    per article id, its rewrite and independent links (both ends carry each link)
     */
    public static Map<String, Provenance> assign(List<Article> articles, Map<String, List<ProvenanceLink>> links) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.stream().sorted(Comparator.comparing(Article::id)).forEach(a -> byId.put(a.id(), a));
        Map<String, String> parent = new HashMap<>();
        for (Article a : byId.values()) {
            parent.put(a.id(), a.id());
        }
        for (Article a : byId.values()) {
            if (a.duplicateOf() != null && byId.containsKey(a.duplicateOf())) {
                union(parent, a.duplicateOf(), a.id());
            }
        }
        for (Article a : byId.values()) {
            for (ProvenanceLink l : links.getOrDefault(a.id(), List.of())) {
                if (l.verdict() == Relation.REWRITE && byId.containsKey(l.other())) {
                    union(parent, a.id(), l.other());
                }
            }
        }
        Map<String, List<Article>> groups = new TreeMap<>();
        for (Article a : byId.values()) {
            groups.computeIfAbsent(find(parent, a.id()), k -> new ArrayList<>()).add(a);
        }
        Map<String, String> familyOf = new HashMap<>();
        Map<String, Provenance> out = new LinkedHashMap<>();
        List<Runnable> independents = new ArrayList<>();
        for (List<Article> members : groups.values()) {
            List<Article> roots = members.stream().filter(a -> !isCopy(a, byId)).toList();
            if (roots.isEmpty()) {
                roots = List.of(members.get(0));
            }
            Choice choice = choose(roots, links);
            String family = "fam-" + choice.familyKey();
            members.forEach(m -> familyOf.put(m.id(), family));
            for (Article m : members) {
                List<ProvenanceLink> own = links.getOrDefault(m.id(), List.of());
                Provenance p;
                if (isCopy(m, byId)) {
                    Derivation d = m.derivation();
                    p = new Provenance(family, d != null ? d.relation() : Relation.COPY,
                            d != null ? d.derivedFrom() : m.duplicateOf(), d != null ? d.similarity() : 1.0, own);
                } else if (m.id().equals(choice.original())) {
                    p = new Provenance(family, Relation.ORIGINAL, null, 1.0, own);
                } else if (choice.siblings().contains(m.id())) {
                    ProvenanceLink best = bestLink(own, choice.siblings());
                    p = new Provenance(family, Relation.REWRITE, null, best == null ? 0 : best.similarity(), own);
                } else {
                    ProvenanceLink best = choice.original() == null ? null
                            : own.stream().filter(l -> l.verdict() == Relation.REWRITE
                                    && l.other().equals(choice.original())).findFirst().orElse(null);
                    if (best == null) {
                        best = bestLink(own, roots.stream().map(Article::id).toList());
                    }
                    p = best == null ? new Provenance(family, Relation.REWRITE, choice.original(), 0, own)
                            : new Provenance(family, Relation.REWRITE, best.other(), best.similarity(), own);
                }
                out.put(m.id(), p);
                if (p.relation() == Relation.ORIGINAL && members.size() == 1) {
                    // a version alone in its family, told independently of other reports of its event; an
                    // original with copies or rewrites stays "original"
                    independents.add(() -> {
                        boolean independent = own.stream().anyMatch(l -> l.verdict() == Relation.INDEPENDENT
                                && familyOf.containsKey(l.other()) && !familyOf.get(l.other()).equals(family));
                        if (independent) {
                            out.put(m.id(), new Provenance(family, Relation.INDEPENDENT, null, 1.0, own));
                        }
                    });
                }
            }
        }
        independents.forEach(Runnable::run);
        return out;
    }

    private static boolean isCopy(Article a, Map<String, Article> byId) {
        return a.duplicateOf() != null && byId.containsKey(a.duplicateOf()) && !a.duplicateOf().equals(a.id());
    }

    private static ProvenanceLink bestLink(List<ProvenanceLink> own, List<String> among) {
        ProvenanceLink best = null;
        for (ProvenanceLink l : own) {
            if (l.verdict() == Relation.REWRITE && among.contains(l.other())
                    && (best == null || l.similarity() > best.similarity()
                    || l.similarity() == best.similarity() && l.other().compareTo(best.other()) < 0)) {
                best = l;
            }
        }
        return best;
    }

    /** The original (null when unseen), the siblings of an unseen source, and the id the family is named after. */
    record Choice(String original, List<String> siblings, String familyKey) {}

    static Choice choose(List<Article> roots, Map<String, List<ProvenanceLink>> links) {
        List<Article> ordered = new ArrayList<>(roots);
        ordered.sort(Comparator.comparing((Article a) -> a.isDated() ? a.dating().date() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> given(a) ? 0 : 1)
                .thenComparing(Article::id));
        if (ordered.size() == 1) {
            return new Choice(ordered.get(0).id(), List.of(), ordered.get(0).id());
        }
        Article first = ordered.get(0);
        List<Article> tied = new ArrayList<>();
        for (Article a : ordered) {
            if (a == first || ties(first, a)) {
                tied.add(a);
            }
        }
        if (tied.size() == 1) {
            return new Choice(first.id(), List.of(), first.id());
        }
        List<Article> givenTied = tied.stream().filter(Families::given).toList();
        if (givenTied.size() == 1) {
            return new Choice(givenTied.get(0).id(), List.of(), givenTied.get(0).id());
        }
        List<Article> pool = givenTied.isEmpty() ? tied : givenTied;
        List<Article> bySize = new ArrayList<>(pool);
        bySize.sort(Comparator.comparingInt((Article a) -> -a.body().length()).thenComparing(Article::id));
        for (Article c : bySize) {
            boolean containsAll = true;
            for (Article o : pool) {
                if (o != c && contained(o, c, links) < CONTAINS) {
                    containsAll = false;
                    break;
                }
            }
            if (containsAll) {
                return new Choice(c.id(), List.of(), c.id());
            }
        }
        List<String> siblings = pool.stream().map(Article::id).toList();
        return new Choice(null, siblings, siblings.get(0));
    }

    private static boolean given(Article a) {
        return a.isDated() && a.dating().source() == DateSource.GIVEN;
    }

    /** True when {@code a}'s date does not clearly precede {@code b}'s ({@code a} being the earliest). */
    private static boolean ties(Article a, Article b) {
        if (!a.isDated() || !b.isDated()) {
            return true; // an undated version may be the earliest as well
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.dating().date(), b.dating().date()));
        if (days == 0 && a.dating().precision() == b.dating().precision()) {
            return true;
        }
        boolean inferred = !given(a) || !given(b);
        boolean vague = !a.dating().latest().isBefore(b.dating().date())
                && !b.dating().latest().isBefore(a.dating().date()); // the periods overlap
        return inferred && (days <= TIE_DAYS || vague);
    }

    /**
     * Share of {@code o}'s cleaned text that is aligned to {@code c}, each passage weighted by its similarity (0 when
     * they were not compared): a version with sentences of its own, or only loosely retold, is not contained.
     */
    static double contained(Article o, Article c, Map<String, List<ProvenanceLink>> links) {
        for (ProvenanceLink l : links.getOrDefault(o.id(), List.of())) {
            if (l.other().equals(c.id()) && l.verdict() == Relation.REWRITE) {
                double covered = 0;
                for (AlignedPassage p : l.passages()) {
                    covered += (p.aEnd() - p.aStart()) * p.similarity();
                }
                int length = o.body().strip().length();
                return length == 0 ? 0 : Math.min(1, (double) covered / length);
            }
        }
        return 0;
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        while (!parent.get(x).equals(r)) {
            String next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
