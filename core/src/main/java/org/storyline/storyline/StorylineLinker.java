package org.storyline.storyline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.ClusterState;

/**
 * Chains events into storylines: two events whose centroids are similar enough (the clustering similarity
 * without time, at least the storyline threshold) continue one story; storylines are the connected groups. Time plays no part here:
 * the same topic years apart is one storyline of separate events. Events come back in chronological order,
 * undated ones last (by id).
 */
public final class StorylineLinker {
    private final ClusterSettings settings;

    /** Links with {@link ClusterSettings#storylineThreshold()} and the same similarity channels as clustering. */
    public StorylineLinker(ClusterSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /** Groups of event ids, each in chronological order; groups ordered by their first event. */
    public List<List<String>> link(ClusterState state) {
        List<String> ids = state.events().stream().map(e -> e.id()).sorted().toList();
        Map<String, Integer> pos = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            pos.put(ids.get(i), i);
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (var pair : state.similarPairs(settings.storylineThreshold(), settings.candidateTerms(), settings)) {
            union(parent, pos.get(pair.a()), pos.get(pair.b()));
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ids.get(i));
        }
        Comparator<String> chrono = Comparator
                .comparing((String id) -> state.event(id).map(e -> e.start()).orElse(null),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            List<String> sorted = new ArrayList<>(g);
            sorted.sort(chrono);
            out.add(List.copyOf(sorted));
        }
        out.sort(Comparator.comparing((List<String> g) -> g.get(0), chrono));
        return out;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
