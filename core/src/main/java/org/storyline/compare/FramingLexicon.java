package org.storyline.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alternative terms for the same referents ("illegal aliens" / "migrants" / "asylum seekers" for the people
 * crossing a border), counted per article: a longer term wins over the shorter one it contains ("illegal
 * immigrants" is not also counted as "immigrants").
 */
public final class FramingLexicon {
    private final Map<String, List<String>> referents;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public FramingLexicon(Map<String, List<String>> referents) {
        this.referents = new LinkedHashMap<>(referents);
        for (Map.Entry<String, List<String>> e : this.referents.entrySet()) {
            List<String> terms = new ArrayList<>(e.getValue());
            terms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder alt = new StringBuilder();
            for (String t : terms) {
                if (!alt.isEmpty()) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(t.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
            }
            patterns.put(e.getKey(), Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])"));
        }
    }

    /** The built-in lexicon: the people crossing a border, the situation at the border, the crossing itself. */
    public static FramingLexicon defaults() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("people crossing the border", List.of("illegal aliens", "illegal alien", "illegals",
                "illegal immigrants", "illegal immigrant", "illegal migrants", "undocumented immigrants",
                "undocumented migrants", "undocumented", "asylum seekers", "asylum-seekers", "migrants", "migrant",
                "immigrants", "immigrant", "refugees", "aliens"));
        m.put("the situation at the border", List.of("border crisis", "crisis", "surge", "influx", "invasion",
                "flow of migrants", "migratory flows", "migration flows", "wave", "record number", "challenges"));
        m.put("crossing the border", List.of("illegal crossings", "illegally crossing", "illegal border crossings",
                "unauthorized crossings", "irregular migration", "illegal immigration", "illegal migration",
                "border crossings", "crossings", "migration", "immigration"));
        return new FramingLexicon(m);
    }

    public List<String> referents() {
        return List.copyOf(referents.keySet());
    }

    /** Per referent, the terms {@code text} uses and their counts (only referents it mentions), sorted. */
    public Map<String, Map<String, Integer>> count(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(lower);
            while (m.find()) {
                out.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                        .merge(m.group().replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }
        return out;
    }
}
