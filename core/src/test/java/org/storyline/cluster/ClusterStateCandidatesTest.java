package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The candidate events of a probe are the {@code limit} best by partial score over norm, ties to the lower index. */
class ClusterStateCandidatesTest {
    @Test
    void candidatesAreTheBestByPartialScoreWithTiesToTheLowerIndex() {
        Random random = new Random(11);
        ClusterState state = new ClusterState();
        int terms = 12;
        for (int t = 0; t < terms; t++) {
            state.vocabulary().id("t" + t);
        }
        int events = 400;
        for (int i = 0; i < events; i++) {
            EventCluster e = state.create("e" + i);
            int n = 1 + random.nextInt(4);
            int[] ids = random.ints(0, terms).distinct().limit(n).sorted().toArray();
            float[] w = new float[ids.length];
            for (int k = 0; k < w.length; k++) {
                // few distinct weights, so equal scores (ties) are common
                w[k] = 1 + random.nextInt(2);
            }
            state.add(e, new SparseVector(ids, w), null, 100, null);
        }
        check(state, random, terms);
        // centroids that change between questions: articles added and removed (terms lost and regained, listed
        // twice in their postings), events merged, pruned and retired
        List<SparseVector> added = new ArrayList<>();
        List<EventCluster> addedTo = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            for (int k = 0; k < 20; k++) {
                EventCluster e = state.at(random.nextInt(state.events().size()));
                if (!e.active()) {
                    continue;
                }
                int[] ids = random.ints(0, terms).distinct().limit(1 + random.nextInt(4)).sorted().toArray();
                float[] w = new float[ids.length];
                java.util.Arrays.fill(w, 1 + random.nextInt(2));
                SparseVector v = new SparseVector(ids, w);
                state.add(e, v, null, 3, null); // maxTerms 3: centroids over 6 terms are pruned
                added.add(v);
                addedTo.add(e);
            }
            int r = random.nextInt(added.size());
            if (addedTo.get(r).active()) {
                state.remove(addedTo.get(r), added.get(r), null, null);
            }
            EventCluster a = state.at(random.nextInt(state.events().size()));
            EventCluster b = state.at(random.nextInt(state.events().size()));
            if (a != b && a.active() && b.active() && round % 3 == 0) {
                state.merge(a, b, 3);
            }
            if (round % 10 == 9) {
                state.retireQuiet(null, 30, 50, 2);
            }
            check(state, random, terms);
        }
    }

    private static void check(ClusterState state, Random random, int terms) {
        for (int trial = 0; trial < 50; trial++) {
            int[] probe = random.ints(0, terms).distinct().limit(1 + random.nextInt(3)).sorted().toArray();
            double[] weights = new double[probe.length];
            for (int k = 0; k < probe.length; k++) {
                weights[k] = 1 + random.nextInt(3);
            }
            int limit = 1 + random.nextInt(60);
            assertThat(state.candidates(probe, weights, limit)).isEqualTo(bruteForce(state, probe, weights, limit));
        }
    }

    private static int[] bruteForce(ClusterState state, int[] probe, double[] weights, int limit) {
        record Scored(int index, double score) {}
        List<Scored> all = new ArrayList<>();
        for (EventCluster e : state.events()) {
            if (!e.active()) {
                continue;
            }
            double acc = 0;
            boolean shares = false;
            for (int k = 0; k < probe.length; k++) {
                float cw = e.centroid.get(probe[k]);
                if (cw != 0) {
                    shares = true;
                    acc += weights[k] * state.vocabulary().idf(probe[k]) * cw;
                }
            }
            if (shares) {
                double n = state.norm(e);
                all.add(new Scored(e.index, n == 0 ? 0 : acc / n));
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
        return all.stream().limit(limit).mapToInt(Scored::index).sorted().toArray();
    }
}
