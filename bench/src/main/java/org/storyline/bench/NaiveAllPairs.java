package org.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.dedupe.NearDuplicateSettings;
import org.storyline.dedupe.Sketcher;

/**
 * The baseline that LSH avoids: every article's whole shingle set compared with every earlier article's, exact
 * Jaccard, a near copy when it reaches the threshold. Quadratic; stopped after a time cap, with the total
 * extrapolated from the pairs compared so far.
 */
final class NaiveAllPairs {
    private NaiveAllPairs() {}

    record Result(boolean finished, int processed, double seconds, long nearCopies) {
        /** The time all {@code n} articles would take, from the quadratic number of comparisons. */
        double estimatedSeconds(int n) {
            return seconds * ((double) n * n) / Math.max(1.0, (double) processed * processed);
        }
    }

    static Result run(DedupeBench.Stream stream, int n, NearDuplicateSettings settings, int capSeconds) {
        Sketcher sketcher = new Sketcher(settings);
        List<int[]> sets = new ArrayList<>();
        long nanos = 0;
        long near = 0;
        long cap = capSeconds * 1_000_000_000L;
        for (int i = 0; i < n; i++) {
            String text = stream.title(i) == null ? stream.text(i) : stream.title(i) + "\n" + stream.text(i);
            long t0 = System.nanoTime();
            int[] x = sketcher.shingles(ContentHashStage.normalize(text));
            if (x.length > 0) {
                for (int[] y : sets) {
                    int both = Sketcher.intersection(x, y);
                    if (both >= settings.threshold() * (x.length + y.length - both)) {
                        near++;
                        break;
                    }
                }
                sets.add(x);
            }
            nanos += System.nanoTime() - t0;
            if (nanos > cap) {
                return new Result(false, i + 1, nanos / 1e9, near);
            }
        }
        return new Result(true, n, nanos / 1e9, near);
    }
}
