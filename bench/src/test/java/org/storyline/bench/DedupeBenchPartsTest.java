package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storyline.dedupe.ContentHashStage;

class DedupeBenchPartsTest {
    private static final String TEXT = "The river rose overnight. About 340 households were evacuated before dawn. "
            + "Firefighters used boats on Mill Street. No deaths have been reported so far. "
            + "The barrier was raised in time, but it was overtopped within an hour.";
    private static final List<String> VOCABULARY = List.of("alpha", "beta", "gamma", "delta");

    @Test
    void groupsArePairedTransitivelyAndScored() {
        DuplicateGroups g = new DuplicateGroups();
        g.link("b", "a");
        g.link("c", "b");
        g.link("x", "y");
        assertThat(g.groups()).containsExactly(List.of("a", "b", "c"), List.of("x", "y"));
        Set<String> predicted = DuplicateGroups.pairs(g.groups());
        assertThat(predicted).containsExactlyInAnyOrder("a b", "a c", "b c", "x y");
        DuplicateGroups.Score s = DuplicateGroups.Score.of(predicted, Set.of("a b", "x y", "p q"));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void editsAreSeededAndDoWhatTheySay() {
        for (EditLevel level : EditLevel.values()) {
            assertThat(level.apply(TEXT, new SplittableRandom(1), VOCABULARY))
                    .as(level.name()).isEqualTo(level.apply(TEXT, new SplittableRandom(1), VOCABULARY));
        }
        SplittableRandom r = new SplittableRandom(2);
        assertThat(ContentHashStage.normalize(EditLevel.EXACT.apply(TEXT, r, VOCABULARY)))
                .isEqualTo(ContentHashStage.normalize(TEXT));
        assertThat(EditLevel.sentences(EditLevel.DROP_SENTENCE.apply(TEXT, r, VOCABULARY))).hasSize(4);
        for (int seed = 0; seed < 20; seed++) {
            String moved = EditLevel.REORDER.apply(TEXT, new SplittableRandom(seed), VOCABULARY);
            assertThat(moved).isNotEqualTo(TEXT);
            assertThat(EditLevel.sentences(moved)).containsExactlyInAnyOrderElementsOf(EditLevel.sentences(TEXT));
        }
        String replaced = EditLevel.REPLACE_40.apply(TEXT, r, VOCABULARY);
        long changed = countReplacements(replaced);
        assertThat(changed).isBetween(6L, 25L); // of 40 words
        assertThat(EditLevel.BOILERPLATE.apply(TEXT, r, VOCABULARY)).contains(TEXT).isNotEqualTo(TEXT);
        assertThat(EditLevel.CLAUSES.apply(TEXT, r, VOCABULARY)).contains("But it was overtopped within an hour, the "
                + "barrier was raised in time.");
    }

    private static long countReplacements(String text) {
        return java.util.Arrays.stream(text.split("[^A-Za-z]+")).filter(VOCABULARY::contains).count();
    }

    @Test
    void referencePairsAreExactlyThePairsAboveTheThreshold() {
        SplittableRandom r = new SplittableRandom(9);
        List<BenchDocs.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = i % 3 == 0 || docs.isEmpty() ? words(r, 40 + r.nextInt(60))
                    : EditLevel.REPLACE_10.apply(docs.get(docs.size() - 1).text(), r, VOCABULARY);
            docs.add(new BenchDocs.Doc("d" + i, null, text));
        }
        for (double t : new double[] {0.3, 0.5, 0.8}) {
            Set<String> found = new java.util.HashSet<>();
            for (ReferencePairs.Pair p : ReferencePairs.find(docs, t)) {
                found.add(p.a() + " " + p.b());
            }
            Set<String> brute = new java.util.HashSet<>();
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    long[] x = ReferencePairs.fiveGrams(docs.get(i).text());
                    long[] y = ReferencePairs.fiveGrams(docs.get(j).text());
                    long both = java.util.Arrays.stream(x).filter(v -> java.util.Arrays.binarySearch(y, v) >= 0).count();
                    if ((double) both / (x.length + y.length - both) >= t) {
                        brute.add(i + " " + j);
                    }
                }
            }
            assertThat(found).as("threshold " + t).isEqualTo(brute);
            if (t == 0.3) {
                assertThat(brute).isNotEmpty();
            }
        }
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("w").append(r.nextInt(500)).append(' ');
        }
        return sb.toString();
    }
}
