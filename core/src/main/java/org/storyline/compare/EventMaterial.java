package org.storyline.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.text.Sentences;
import org.storyline.text.Terms;

/**
 * An event's articles prepared for comparison and summaries: grouped into families (one vote each), each family
 * read through its representative (its original when present, else its earliest member), split into sentences
 * with idf-weighted vectors over the event's sentences, and its facts.
 */
public final class EventMaterial {
    /** A sentence with its family, position in the article, terms and vector. */
    public record Unit(ArticleSentence sentence, String family, List<String> terms, TermVector vector) {}

    /**
     * One family: its members (representative first), the sentences and facts of its representative, and the
     * facts of each member that is not an exact copy (rewrites word things their own way), by article id.
     */
    public record Family(String id, Article representative, List<Article> members, List<Unit> units,
            List<Fact> facts, Map<String, List<Fact>> memberFacts) {
        public List<String> articleIds() {
            return members.stream().map(Article::id).toList();
        }
    }

    private static final int MAX_FRAMED_MEMBERS = 5;

    private final List<Family> families;
    private final LexicalSpace space;
    private final Map<String, Family> byId = new HashMap<>();
    private final Map<ArticleSentence, Unit> unitOf = new HashMap<>();

    private EventMaterial(List<Family> families, LexicalSpace space) {
        this.families = List.copyOf(families);
        this.space = space;
        for (Family f : families) {
            byId.put(f.id(), f);
            f.units().forEach(u -> unitOf.put(u.sentence(), u));
        }
    }

    /** Prepares {@code articles} (any order) within {@code limits}. */
    public static EventMaterial of(List<Article> articles, Families families, FactSource facts, Terms terms,
            CompareLimits limits) {
        Map<String, List<Article>> groups = families.group(articles);
        List<Map.Entry<String, List<Article>>> kept = new ArrayList<>(groups.entrySet());
        kept.sort(Comparator.comparingInt((Map.Entry<String, List<Article>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        if (kept.size() > limits.maxFamilies()) {
            kept = new ArrayList<>(kept.subList(0, limits.maxFamilies()));
        }
        kept.sort(Map.Entry.comparingByKey());
        List<List<String>> allTerms = new ArrayList<>();
        List<Draft> pending = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : kept) {
            List<Article> members = new ArrayList<>(e.getValue());
            members.sort(representativeOrder(e.getKey()));
            Article rep = members.get(0);
            List<ArticleSentence> sentences = sentences(rep, limits.maxSentences());
            List<List<String>> termLists = new ArrayList<>();
            for (ArticleSentence s : sentences) {
                List<String> t = terms.of(s.text());
                termLists.add(t);
                allTerms.add(t);
            }
            pending.add(new Draft(e.getKey(), rep, members, sentences, termLists));
        }
        LexicalSpace space = LexicalSpace.of(allTerms);
        List<Family> out = new ArrayList<>();
        for (Draft d : pending) {
            List<Unit> units = new ArrayList<>();
            for (int i = 0; i < d.sentences().size(); i++) {
                List<String> t = d.terms().get(i);
                units.add(new Unit(d.sentences().get(i), d.id(), t, space.vector(t)));
            }
            List<Fact> repFacts = facts.facts(d.representative(), d.sentences());
            Map<String, List<Fact>> memberFacts = new java.util.LinkedHashMap<>();
            memberFacts.put(d.representative().id(), repFacts);
            for (Article a : d.members()) {
                if (memberFacts.size() >= MAX_FRAMED_MEMBERS) {
                    break;
                }
                if (!memberFacts.containsKey(a.id()) && a.relation() != org.storyline.model.Relation.COPY) {
                    memberFacts.put(a.id(), facts.facts(a, sentences(a, limits.maxSentences())));
                }
            }
            out.add(new Family(d.id(), d.representative(), d.members(), units, repFacts, memberFacts));
        }
        return new EventMaterial(out, space);
    }

    private record Draft(String id, Article representative, List<Article> members, List<ArticleSentence> sentences,
            List<List<String>> terms) {}

    /** The family's original first, then by date (undated last), then id. */
    private static Comparator<Article> representativeOrder(String familyId) {
        return Comparator.comparing((Article a) -> !a.id().equals(familyId))
                .thenComparing(a -> a.isDated() ? a.dating().date() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id);
    }

    /** The article's sentences (offsets into its cleaned text), at most {@code max}. */
    public static List<ArticleSentence> sentences(Article a, int max) {
        List<ArticleSentence> out = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.split(a.body())) {
            if (out.size() >= max) {
                break;
            }
            out.add(new ArticleSentence(a.id(), out.size(), s.text(), s.start(), s.end()));
        }
        return out;
    }

    public List<Family> families() {
        return families;
    }

    public Family family(String id) {
        return byId.get(id);
    }

    public LexicalSpace space() {
        return space;
    }

    /** The prepared sentence, or null when it is not one of the representatives'. */
    public Unit unit(ArticleSentence s) {
        return unitOf.get(s);
    }

    /** Every unit of every family, families in id order. */
    public List<Unit> units() {
        return families.stream().flatMap(f -> f.units().stream()).toList();
    }
}
