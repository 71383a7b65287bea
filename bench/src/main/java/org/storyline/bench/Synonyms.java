package org.storyline.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spinner-like word replacement for the rewrite generator: a small hand-made list of news-style synonyms (no
 * WordNet). A word with an entry is replaced by one of its synonyms; the share of words asked for is reached by
 * replacing words without an entry by a random corpus word, and the share that got a real synonym is reported.
 */
final class Synonyms {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String[][] GROUPS = {
            {"said", "stated", "reported", "noted", "added"}, {"says", "states", "notes"},
            {"big", "large", "major", "huge"}, {"small", "minor", "modest"}, {"increase", "rise", "gain", "growth"},
            {"decrease", "fall", "drop", "decline"}, {"rose", "climbed", "increased", "gained"},
            {"fell", "dropped", "declined", "slipped"}, {"company", "firm", "group", "business"},
            {"companies", "firms", "groups", "businesses"}, {"government", "administration", "authorities"},
            {"expected", "anticipated", "forecast", "predicted"}, {"new", "fresh", "novel"},
            {"help", "assist", "aid", "support"}, {"buy", "purchase", "acquire"}, {"sell", "divest", "offload"},
            {"market", "marketplace", "sector"}, {"shares", "stocks", "equities"}, {"profit", "earnings", "income"},
            {"also", "additionally", "likewise"}, {"but", "however", "yet"}, {"because", "since", "as"},
            {"about", "around", "roughly", "approximately"}, {"show", "reveal", "indicate"},
            {"showed", "revealed", "indicated"}, {"plan", "proposal", "scheme"}, {"plans", "proposals", "schemes"},
            {"deal", "agreement", "accord", "pact"}, {"talks", "negotiations", "discussions"},
            {"meeting", "session", "gathering"}, {"official", "spokesperson", "representative"},
            {"officials", "spokespeople", "representatives"}, {"people", "individuals", "persons"},
            {"country", "nation", "state"}, {"countries", "nations", "states"}, {"city", "town", "municipality"},
            {"year", "twelve months"}, {"week", "seven days"}, {"month", "period"}, {"make", "create", "produce"},
            {"made", "created", "produced"}, {"get", "obtain", "receive"}, {"got", "obtained", "received"},
            {"start", "begin", "launch"}, {"started", "began", "launched"}, {"end", "finish", "conclude"},
            {"ended", "finished", "concluded"}, {"important", "significant", "crucial", "key"},
            {"problem", "issue", "difficulty"}, {"problems", "issues", "difficulties"}, {"need", "require"},
            {"needed", "required"}, {"use", "employ", "utilise"}, {"used", "employed", "utilised"},
            {"many", "numerous", "several"}, {"some", "certain", "several"}, {"very", "highly", "extremely"},
            {"told", "informed", "advised"}, {"asked", "requested", "urged"}, {"price", "cost", "rate"},
            {"prices", "costs", "rates"}, {"high", "elevated", "steep"}, {"low", "reduced", "weak"},
            {"win", "victory", "triumph"}, {"won", "secured", "clinched"}, {"lost", "surrendered", "forfeited"},
            {"game", "match", "contest"}, {"team", "side", "squad"}, {"film", "movie", "picture"},
            {"job", "post", "position"}, {"jobs", "posts", "positions"}, {"leader", "head", "chief"},
            {"workers", "employees", "staff"}, {"money", "funds", "cash"}, {"quickly", "rapidly", "swiftly"},
            {"recent", "latest", "current"}, {"before", "prior to", "ahead of"}, {"after", "following"},
            {"during", "throughout", "amid"}, {"against", "versus", "opposing"}, {"around", "about", "near"},
            {"would", "could", "might"}, {"will", "is set to", "is going to"}, {"think", "believe", "reckon"},
            {"called", "named", "termed"}, {"result", "outcome", "consequence"}, {"results", "outcomes", "figures"},
            {"change", "shift", "alteration"}, {"changes", "shifts", "alterations"}, {"told", "informed"},
            {"move", "step", "measure"}, {"added", "continued", "went on"}, {"almost", "nearly", "virtually"},
            {"biggest", "largest", "greatest"}, {"first", "initial", "opening"}, {"last", "final", "previous"},
            {"next", "following", "coming"}, {"public", "state", "civic"}, {"strong", "robust", "solid"},
            {"bank", "lender"}, {"banks", "lenders"}, {"chief executive", "boss", "head"}};
    private static final Map<String, List<String>> BY_WORD = new HashMap<>();

    static {
        for (String[] g : GROUPS) {
            for (String w : g) {
                BY_WORD.putIfAbsent(w, java.util.Arrays.stream(g).filter(x -> !x.equals(w)).toList());
            }
        }
    }

    /** The text and the share of its words that were replaced by a listed synonym. */
    record Replaced(String text, int words, int synonyms, int randoms) {}

    private Synonyms() {}

    static Replaced replace(String text, double rate, SplittableRandom random, List<String> vocabulary) {
        Matcher m = WORD.matcher(text);
        java.util.List<int[]> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int target = (int) Math.round(rate * words.size());
        java.util.List<Integer> listed = new java.util.ArrayList<>();
        java.util.List<Integer> other = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
            (BY_WORD.containsKey(w) ? listed : other).add(i);
        }
        shuffle(listed, random);
        shuffle(other, random);
        java.util.Map<Integer, String> replacement = new java.util.TreeMap<>();
        int synonyms = 0;
        for (int i : listed) {
            if (replacement.size() >= target) {
                break;
            }
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            List<String> syn = BY_WORD.get(w.toLowerCase(Locale.ROOT));
            String s = syn.get(random.nextInt(syn.size()));
            replacement.put(i, Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
            synonyms++;
        }
        for (int i : other) {
            if (replacement.size() >= target) {
                break;
            }
            replacement.put(i, vocabulary.get(random.nextInt(vocabulary.size())));
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Map.Entry<Integer, String> e : replacement.entrySet()) {
            int[] span = words.get(e.getKey());
            sb.append(text, at, span[0]).append(e.getValue());
            at = span[1];
        }
        sb.append(text, at, text.length());
        return new Replaced(sb.toString(), words.size(), synonyms, replacement.size() - synonyms);
    }

    private static void shuffle(java.util.List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
