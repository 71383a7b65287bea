package org.storyline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SketcherTest {
    private final NearDuplicateSettings settings = NearDuplicateSettings.defaults();
    private final Sketcher sketcher = new Sketcher(settings);

    @Test
    void sketchesAreDeterministicAndDependOnTheSeed() {
        TextSketch one = sketcher.sketch(DedupeFixtures.flood());
        TextSketch again = new Sketcher(NearDuplicateSettings.defaults()).sketch(DedupeFixtures.flood());
        assertThat(again).isEqualTo(one);
        assertThat(one.bandKeys()).hasSize(settings.bands());
        NearDuplicateSettings otherSeed = new NearDuplicateSettings(settings.shingleWords(), settings.bands(),
                settings.rows(), settings.bottomK(), settings.threshold(), settings.seed() + 1);
        TextSketch reseeded = new Sketcher(otherSeed).sketch(DedupeFixtures.flood());
        assertThat(reseeded.bottom()).isEqualTo(one.bottom()); // shingle hashes do not depend on the seed
        assertThat(reseeded.bandKeys()).isNotEqualTo(one.bandKeys());
        assertThat(reseeded.format()).isNotEqualTo(one.format());
    }

    @Test
    void normalizationMakesCaseAndPunctuationIrrelevant() {
        assertThat(sketcher.sketch("The River, WEND; rose!")).isEqualTo(sketcher.sketch("the river wend rose"));
        assertThat(sketcher.sketch("the river wend rose")).isNotEqualTo(sketcher.sketch("the wend river rose"));
    }

    @Test
    void emptyAndOneWordTexts() {
        TextSketch empty = sketcher.sketch(" ... \n ");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.bandKeys()).isEmpty();
        assertThat(empty.similarity(empty).jaccard()).isZero();
        TextSketch word = sketcher.sketch("Flood!");
        assertThat(word.shingleCount()).isEqualTo(1);
        assertThat(word.similarity(sketcher.sketch("flood")).jaccard()).isEqualTo(1.0);
        assertThat(word.similarity(sketcher.sketch("floods")).jaccard()).isZero();
        assertThat(word.similarity(empty).jaccard()).isZero();
    }

    @Test
    void shortTextsAreOneShingle() {
        TextSketch three = sketcher.sketch("the river wend rose");
        assertThat(three.shingleCount()).isEqualTo(1);
        assertThat(sketcher.sketch("a b c d e f g").shingleCount()).isEqualTo(3); // 5-word shingles
    }

    @Test
    void aOneMegabyteTextIsSketchedQuicklyIntoABoundedSketch() {
        String big = randomText(new SplittableRandom(7), 200_000, 50_000);
        assertThat(big.length()).isGreaterThan(1_000_000);
        long t0 = System.nanoTime();
        TextSketch s = sketcher.sketch(big);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(5_000);
        assertThat(s.shingleCount()).isGreaterThan(190_000);
        assertThat(s.bottom()).hasSize(settings.bottomK());
        assertThat(s.complete()).isFalse();
        String edited = big.substring(0, 500_000) + " inserted words here " + big.substring(500_000);
        assertThat(s.similarity(sketcher.sketch(edited)).jaccard()).isGreaterThan(0.95);
    }

    @Test
    void bottomKSimilarityIsExactForShortTextsAndCloseForLongOnes() {
        String a = DedupeFixtures.flood();
        String b = String.join(" ", DedupeFixtures.FLOOD.subList(0, 8)) + " " + DedupeFixtures.BUDGET;
        TextSketch.Similarity exact = sketcher.exactSimilarity(a, b);
        TextSketch.Similarity sketched = sketcher.sketch(a).similarity(sketcher.sketch(b));
        assertThat(sketched.jaccard()).isEqualTo(exact.jaccard());
        assertThat(sketched.containment()).isCloseTo(exact.containment(), within(1e-9));

        SplittableRandom random = new SplittableRandom(11);
        double worst = 0;
        for (int trial = 0; trial < 20; trial++) {
            String x = randomText(random, 3000, 400);
            String y = mutate(random, x, 0.02 + 0.04 * (trial % 5));
            double truth = sketcher.exactSimilarity(x, y).jaccard();
            double est = sketcher.sketch(x).similarity(sketcher.sketch(y)).jaccard();
            worst = Math.max(worst, Math.abs(truth - est));
        }
        assertThat(worst).isLessThan(0.08); // 4 standard errors of a 512-hash bottom-k sketch
    }

    @Test
    void minHashSignaturesEstimateJaccard() {
        MinHasher minHasher = new MinHasher(settings);
        SplittableRandom random = new SplittableRandom(3);
        double sumError = 0;
        double worst = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            int shared = 20 + random.nextInt(200);
            int onlyA = random.nextInt(120);
            int onlyB = random.nextInt(120);
            List<Integer> pool = new ArrayList<>();
            while (pool.size() < shared + onlyA + onlyB) {
                pool.add(random.nextInt());
            }
            int[] a = sortedDistinct(pool.subList(0, shared + onlyA));
            List<Integer> bl = new ArrayList<>(pool.subList(0, shared));
            bl.addAll(pool.subList(shared + onlyA, pool.size()));
            int[] b = sortedDistinct(bl);
            int both = Sketcher.intersection(a, b);
            double truth = (double) both / (a.length + b.length - both);
            double est = MinHasher.estimate(minHasher.signature(a), minHasher.signature(b));
            sumError += est - truth;
            worst = Math.max(worst, Math.abs(est - truth));
        }
        assertThat(Math.abs(sumError / trials)).isLessThan(0.01); // unbiased
        assertThat(worst).isLessThan(0.2); // 100 hashes: standard error <= 0.05
        assertThatThrownBy(() -> minHasher.signature(new int[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSCurveSeparatesTheThreshold() {
        assertThat(settings.candidateProbability(0.8)).isGreaterThan(0.999);
        assertThat(settings.candidateProbability(0.9)).isGreaterThan(0.999_999);
        assertThat(settings.candidateProbability(0.2)).isLessThan(0.01);
        assertThat(settings.candidateProbability(0.5)).isBetween(0.4, 0.55);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new NearDuplicateSettings(0, 20, 5, 512, 0.8, 1))
                .hasMessageContaining("shingleWords");
        assertThatThrownBy(() -> new NearDuplicateSettings(4, 100, 20, 512, 0.8, 1))
                .hasMessageContaining("bands × rows");
        assertThatThrownBy(() -> new NearDuplicateSettings(4, 20, 5, 512, 1.5, 1)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new NearDuplicateSettings(4, 20, 5, 8, 0.8, 1)).hasMessageContaining("bottomK");
    }

    private static int[] sortedDistinct(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    static String randomText(SplittableRandom random, int words, int vocabulary) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append('w').append(Integer.toString(random.nextInt(vocabulary), 36)).append(i % 12 == 11 ? ". " : " ");
        }
        return sb.toString();
    }

    private static String mutate(SplittableRandom random, String text, double rate) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < rate) {
                words[i] = "x" + random.nextInt(1000);
            }
        }
        return String.join(" ", words);
    }
}
