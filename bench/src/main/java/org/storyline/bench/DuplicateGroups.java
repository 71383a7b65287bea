package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Groups of duplicate documents: read from a gold file, or grown from links, and scored pairwise. */
final class DuplicateGroups {
    private final Map<String, String> parent = new HashMap<>();

    /** The groups of a {@code duplicates.jsonl} ({"ids": [...], "kind": ...}); {@code kind} null for all. */
    static List<List<String>> read(Path file, String kind) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = json.readTree(line);
            if (kind != null && !kind.equals(o.path("kind").asText(null))) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            o.path("ids").forEach(n -> ids.add(n.asText()));
            if (ids.size() < 2) {
                throw new IllegalArgumentException(file + ": a group needs two ids: " + line);
            }
            out.add(ids);
        }
        return out;
    }

    /** Puts {@code a} and {@code b} in one group (transitively). */
    void link(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    void linkAll(Collection<List<String>> groups) {
        for (List<String> g : groups) {
            for (int i = 1; i < g.size(); i++) {
                link(g.get(0), g.get(i));
            }
        }
    }

    private String find(String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String r = find(p);
        parent.put(x, r);
        return r;
    }

    /** The groups of two or more, each sorted, in order of their smallest id. */
    List<List<String>> groups() {
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String x : new ArrayList<>(parent.keySet())) {
            byRoot.computeIfAbsent(find(x), k -> new ArrayList<>()).add(x);
        }
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byRoot.entrySet()) {
            List<String> g = new ArrayList<>(e.getValue());
            if (!g.contains(e.getKey())) {
                g.add(e.getKey());
            }
            g.sort(null);
            out.add(g);
        }
        return out;
    }

    /** Unordered pairs within groups, as "a b" with a < b. */
    static Set<String> pairs(Collection<List<String>> groups) {
        Set<String> out = new HashSet<>();
        for (List<String> g : groups) {
            List<String> s = new ArrayList<>(new HashSet<>(g));
            s.sort(null);
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    out.add(s.get(i) + " " + s.get(j));
                }
            }
        }
        return out;
    }

    /** Pairwise precision, recall and F1 of predicted against gold duplicate pairs. */
    record Score(int predicted, int gold, int correct) {
        static Score of(Set<String> predicted, Set<String> gold) {
            int c = 0;
            for (String p : predicted) {
                if (gold.contains(p)) {
                    c++;
                }
            }
            return new Score(predicted.size(), gold.size(), c);
        }

        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
