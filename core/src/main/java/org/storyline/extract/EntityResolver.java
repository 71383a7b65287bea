package org.storyline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves entity mentions across articles to canonical entities, deterministically (same input, same ids).
 *
 * <p>Persons: titles and honorifics are stripped ("Secretary Blinken", "Mr. Liz Sherwood-Randall"), accents
 * folded ("López" = "Lopez"), middle initials and suffixes ignored. Full names (two words or more) merge when
 * their surnames are equal and their given names are equal or differ by one letter in names of five letters or
 * more ("Anthony" / "Antony"), or when their given names are equal and their surnames, of seven letters or more,
 * one letter apart ("Dalsgaard" / "Dalsgard"). A shorter name that ends a full name ("Blinken", "López Obrador")
 * joins the full name that the same article mentions, else the only full name of the collection that it ends;
 * when several people share it, it stays apart. Otherwise two different given names or surnames never merge.
 * Candidate pairs come from indexes (surname; given names with each one-letter deletion of the surname; name
 * suffixes), so the work grows with the number of names, not with its square.
 *
 * <p>Acronyms (2–6 capitals) join the only full name whose initials they are ("AMLO" → Andrés Manuel López
 * Obrador, "DHS" → Department of Homeland Security). Other names merge when equal after folding, case, dots and
 * a leading "the"; their type is the most frequent one.
 */
public final class EntityResolver {
    /** The shortest surname that may be taken for a misspelling of another. */
    static final int MISSPELT_SURNAME_MIN = 7;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> SKIP_IN_ACRONYM = Set.of("of", "the", "and", "for", "de", "&");
    private final Gazetteer gaz = new Gazetteer();

    /** Facts with entity ids set, and the canonical entities, sorted by id. */
    public record Resolution(List<ArticleFacts> facts, List<CanonicalEntity> entities) {
        public Resolution {
            facts = List.copyOf(facts);
            entities = List.copyOf(entities);
        }
    }

    /** One mention with its normalized name. */
    private static final class Ref {
        final int article;
        final int index;
        final EntityMention mention;
        final String[] tokens; // folded, lower case, no titles
        final String display; // as written without titles
        final List<String> roles;
        int cluster;

        Ref(int article, int index, EntityMention mention, String[] tokens, String display, List<String> roles) {
            this.article = article;
            this.index = index;
            this.mention = mention;
            this.tokens = tokens;
            this.display = display;
            this.roles = roles;
        }

        String key() {
            return String.join(" ", tokens);
        }
    }

    public Resolution resolve(List<ArticleFacts> facts) {
        List<Ref> refs = new ArrayList<>();
        for (int a = 0; a < facts.size(); a++) {
            List<EntityMention> ms = facts.get(a).entities();
            for (int i = 0; i < ms.size(); i++) {
                Ref r = normalize(a, i, ms.get(i));
                if (r != null) {
                    refs.add(r);
                }
            }
        }
        int[] parent = new int[refs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Ref> persons = refs.stream().filter(r -> r.mention.type() == EntityType.PER && !isAcronym(r)).toList();
        List<Ref> others = refs.stream().filter(r -> r.mention.type() != EntityType.PER && !isAcronym(r)).toList();
        Map<Ref, Integer> idx = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            idx.put(refs.get(i), i);
        }
        // persons: full names first
        Map<String, Integer> fullByKey = new LinkedHashMap<>();
        for (Ref r : persons) {
            if (r.tokens.length >= 2) {
                Integer first = fullByKey.putIfAbsent(r.key(), idx.get(r));
                if (first != null) {
                    union(parent, first, idx.get(r));
                }
            }
        }
        List<String> fullKeys = new ArrayList<>(fullByKey.keySet());
        // candidates share a surname, or their given names and a surname one deletion apart: no pass over all pairs
        Map<String, List<String>> candidates = new HashMap<>();
        for (String k : fullKeys) {
            String[] t = k.split(" ");
            String surname = t[t.length - 1];
            candidates.computeIfAbsent("s|" + surname, x -> new ArrayList<>()).add(k);
            if (surname.length() >= MISSPELT_SURNAME_MIN) {
                String given = k.substring(0, k.length() - surname.length());
                candidates.computeIfAbsent("g|" + given + surname, x -> new ArrayList<>()).add(k);
                for (int i = 0; i < surname.length(); i++) {
                    String deleted = surname.substring(0, i) + surname.substring(i + 1);
                    candidates.computeIfAbsent("g|" + given + deleted, x -> new ArrayList<>()).add(k);
                }
            }
        }
        for (List<String> group : candidates.values()) {
            String[][] names = new String[group.size()][];
            for (int x = 0; x < names.length; x++) {
                names[x] = group.get(x).split(" ");
            }
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    String[] a = names[x];
                    String[] b = names[y];
                    if (!group.get(x).equals(group.get(y)) && (sameFullName(a, b) || misspeltSurname(a, b))) {
                        union(parent, fullByKey.get(group.get(x)), fullByKey.get(group.get(y)));
                    }
                }
            }
        }
        // partial names ("Blinken", "Lopez Obrador"): the same article's full name, else the only one
        Map<String, List<String>> longerBySuffix = new HashMap<>();
        for (String k : fullKeys) {
            String[] t = k.split(" ");
            for (int i = 1; i < t.length; i++) {
                longerBySuffix.computeIfAbsent(String.join(" ", Arrays.copyOfRange(t, i, t.length)),
                        x -> new ArrayList<>()).add(k);
            }
        }
        Map<Integer, Set<String>> keysByArticle = new HashMap<>();
        for (Ref o : persons) {
            keysByArticle.computeIfAbsent(o.article, x -> new HashSet<>()).add(o.key());
        }
        for (Ref r : persons) {
            List<String> longer = longerBySuffix.getOrDefault(r.key(), List.of());
            if (longer.isEmpty()) {
                if (r.tokens.length == 1) {
                    fullByKey.putIfAbsent(r.key(), idx.get(r));
                    union(parent, fullByKey.get(r.key()), idx.get(r));
                }
                continue;
            }
            Set<Integer> inArticle = new TreeSet<>();
            Set<Integer> anywhere = new TreeSet<>();
            Set<String> sameArticle = keysByArticle.getOrDefault(r.article, Set.of());
            for (String k : longer) {
                int root = find(parent, fullByKey.get(k));
                anywhere.add(root);
                if (sameArticle.contains(k)) {
                    inArticle.add(root);
                }
            }
            Set<Integer> pick = inArticle.size() == 1 ? inArticle : inArticle.isEmpty() && anywhere.size() == 1 ? anywhere : Set.of();
            if (pick.size() == 1) {
                union(parent, pick.iterator().next(), idx.get(r));
            }
        }
        // other names: equal keys
        Map<String, Integer> otherByKey = new HashMap<>();
        for (Ref r : others) {
            Integer first = otherByKey.putIfAbsent(r.key(), idx.get(r));
            if (first != null) {
                union(parent, first, idx.get(r));
            }
        }
        // acronyms
        Map<String, Set<Integer>> byInitials = new HashMap<>();
        for (Ref r : refs) {
            if (!isAcronym(r)) {
                String ini = initials(r.tokens);
                if (ini.length() >= 2) {
                    byInitials.computeIfAbsent(ini, k -> new TreeSet<>()).add(find(parent, idx.get(r)));
                }
            }
        }
        Map<String, Integer> acronymByKey = new HashMap<>();
        for (Ref r : refs) {
            if (isAcronym(r)) {
                Set<Integer> c = byInitials.getOrDefault(r.key().replace(" ", ""), Set.of());
                Set<Integer> roots = new TreeSet<>();
                for (int x : c) {
                    roots.add(find(parent, x));
                }
                Integer sameText = otherByKey.get(r.key());
                if (roots.size() == 1) {
                    union(parent, roots.iterator().next(), idx.get(r));
                } else if (sameText != null) {
                    union(parent, sameText, idx.get(r));
                } else {
                    Integer first = acronymByKey.putIfAbsent(r.key(), idx.get(r));
                    if (first != null) {
                        union(parent, first, idx.get(r));
                    }
                }
            }
        }
        return build(facts, refs, parent);
    }

    private Resolution build(List<ArticleFacts> facts, List<Ref> refs, int[] parent) {
        Map<Integer, List<Ref>> clusters = new TreeMap<>();
        for (int i = 0; i < refs.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(refs.get(i));
        }
        record Made(CanonicalEntity entity, List<Ref> refs, String base) {}
        List<Made> made = new ArrayList<>();
        for (List<Ref> members : clusters.values()) {
            Map<EntityType, Integer> types = new TreeMap<>();
            Map<String, Integer> displayCount = new HashMap<>();
            Set<String> variants = new TreeSet<>();
            Set<String> roles = new TreeSet<>();
            Set<String> articles = new TreeSet<>();
            for (Ref r : members) {
                EntityType t = r.mention.type();
                types.merge(isAcronym(r) ? t : t, isAcronym(r) ? 0 : 1, Integer::sum);
                displayCount.merge(r.display, 1, Integer::sum);
                variants.add(r.mention.text().strip());
                roles.addAll(r.roles);
                articles.add(facts.get(r.article).id());
            }
            EntityType type = types.entrySet().stream()
                    .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .orElseThrow().getKey();
            String name = displayCount.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split("\\s+").length)
                            .thenComparingInt(Map.Entry::getValue)
                            .thenComparing(e -> !e.getKey().equals(Names.fold(e.getKey())))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            String base = type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
            made.add(new Made(new CanonicalEntity(base, name, type, List.copyOf(variants), List.copyOf(roles),
                    List.copyOf(articles), members.size()), members, base));
        }
        made.sort(Comparator.comparing(Made::base).thenComparing(m -> -m.refs().size())
                .thenComparing(m -> m.entity().articles().get(0)));
        Map<String, Integer> used = new HashMap<>();
        Map<Long, String> idOfMention = new HashMap<>();
        List<CanonicalEntity> entities = new ArrayList<>();
        for (Made m : made) {
            int n = used.merge(m.base(), 1, Integer::sum);
            String id = n == 1 ? m.base() : m.base() + "-" + n;
            CanonicalEntity e = m.entity();
            entities.add(new CanonicalEntity(id, e.name(), e.type(), e.variants(), e.roles(), e.articles(), e.mentions()));
            for (Ref r : m.refs()) {
                idOfMention.put(((long) r.article << 32) | r.index, id);
            }
        }
        entities.sort(Comparator.comparing(CanonicalEntity::id));
        List<ArticleFacts> out = new ArrayList<>(facts.size());
        for (int a = 0; a < facts.size(); a++) {
            ArticleFacts f = facts.get(a);
            List<EntityMention> ms = new ArrayList<>(f.entities().size());
            Map<Integer, String> idAt = new HashMap<>();
            for (int i = 0; i < f.entities().size(); i++) {
                String id = idOfMention.get(((long) a << 32) | i);
                EntityMention m = f.entities().get(i);
                ms.add(m.withEntity(id));
                if (id != null) {
                    idAt.put(m.start(), id);
                }
            }
            List<Quote> qs = new ArrayList<>(f.quotes().size());
            for (Quote q : f.quotes()) {
                qs.add(q.withEntity(q.referentStart() < 0 ? null : idAt.get(q.referentStart())));
            }
            out.add(f.withResolved(ms, qs));
        }
        return new Resolution(out, entities);
    }

    private Ref normalize(int article, int index, EntityMention m) {
        String text = m.text().strip().replaceAll("\\s+", " ");
        String[] words = text.split(" ");
        int from = 0;
        List<String> roles = new ArrayList<>();
        if (m.type() == EntityType.PER) {
            while (from < words.length - 1 && (gaz.isTitleLower(Names.key(words[from])) || gaz.isTitle(words[from])
                    || HONORIFICS.contains(Names.key(words[from])))) {
                if (!HONORIFICS.contains(Names.key(words[from]))) {
                    roles.add(words[from]);
                }
                from++;
            }
        } else if (words.length > 1 && words[0].equalsIgnoreCase("the")) {
            from = 1;
        }
        String display = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        display = stripPossessive(display);
        List<String> tokens = new ArrayList<>();
        for (int i = from; i < words.length; i++) {
            String k = Names.key(words[i]);
            if (k.isEmpty()) {
                continue;
            }
            if (m.type() == EntityType.PER && (k.length() == 1 && words.length - from > 1 || SUFFIXES.contains(k))) {
                continue;
            }
            tokens.add(k);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return new Ref(article, index, m, tokens.toArray(String[]::new), display, roles);
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static boolean isAcronym(Ref r) {
        String t = r.mention.text().strip().replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(Character::isUpperCase) && r.tokens.length == 1;
    }

    private static String initials(String[] tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            if (SKIP_IN_ACRONYM.contains(t)) {
                continue;
            }
            for (String part : t.split("-")) {
                if (!part.isEmpty()) {
                    sb.append(part.charAt(0));
                }
            }
        }
        return tokens.length >= 2 ? sb.toString() : "";
    }

    /** Same person: same surname and same (or nearly same, for long names) given names. */
    static boolean sameFullName(String[] a, String[] b) {
        if (!a[a.length - 1].equals(b[b.length - 1])) {
            return false;
        }
        String ga = a[0];
        String gb = b[0];
        if (ga.equals(gb)) {
            return a.length == b.length || endsWith(String.join(" ", a), Arrays.copyOfRange(b, 1, b.length))
                    || endsWith(String.join(" ", b), Arrays.copyOfRange(a, 1, a.length));
        }
        if (a.length != b.length || ga.charAt(0) != gb.charAt(0) || Math.min(ga.length(), gb.length()) < 5) {
            return false;
        }
        for (int i = 1; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return editDistance(ga, gb) <= 1;
    }

    /**
     * Same person with a misspelt surname: the same given names, surnames of {@value #MISSPELT_SURNAME_MIN} letters or
     * more one edit apart ("Henrik Dalsgaard" / "Henrik Dalsgard").
     */
    static boolean misspeltSurname(String[] a, String[] b) {
        if (a.length != b.length || a.length < 2) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        String sa = a[a.length - 1];
        String sb = b[b.length - 1];
        return Math.min(sa.length(), sb.length()) >= MISSPELT_SURNAME_MIN && editDistance(sa, sb) == 1;
    }

    private static boolean endsWith(String full, String[] tail) {
        String[] f = full.split(" ");
        if (tail.length > f.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (!f[f.length - tail.length + i].equals(tail[i])) {
                return false;
            }
        }
        return true;
    }

    static int editDistance(String a, String b) {
        return org.storyline.text.EditDistance.of(a, b);
    }

    static String slug(String name) {
        String s = Names.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the smaller index stays the root: deterministic
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
