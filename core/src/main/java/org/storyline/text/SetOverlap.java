package org.storyline.text;

import java.util.Set;

/** Overlap measures between two sets (of shingles, n-grams, terms). */
public final class SetOverlap {
    private SetOverlap() {}

    /**
     * The share of the smaller set's members that the larger set also holds (the overlap coefficient); 0 when
     * either set is empty.
     */
    public static double containment(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int shared = 0;
        for (String g : small) {
            if (large.contains(g)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }
}
