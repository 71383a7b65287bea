package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterMetricsTest {
    private static final double EPS = 1e-6;

    private static Map<String, String> labels(String... idLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idLabel.length; i += 2) {
            m.put(idLabel[i], idLabel[i + 1]);
        }
        return m;
    }

    // gold {a,b,c} {d,e,f}; predicted {a,b} {c,d} {e,f}
    // contingency: (G1,P1)=2 (G1,P2)=1 (G2,P2)=1 (G2,P3)=2
    private static final Map<String, String> GOLD = labels("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2", "f", "G2");
    private static final Map<String, String> PRED = labels("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P3", "f", "P3");

    @Test
    void matchesHandComputedValues() {
        ClusterScores s = ClusterMetrics.score(GOLD, PRED);
        // BCubed P = (4/2 + 1/2 + 1/2 + 4/2) / 6 = 5/6; R = (4/3 + 1/3 + 1/3 + 4/3) / 6 = 5/9; F1 = 2/3
        assertThat(s.bcubedPrecision()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(s.bcubedRecall()).isCloseTo(5.0 / 9, within(EPS));
        assertThat(s.bcubedF1()).isCloseTo(2.0 / 3, within(EPS));
        // pairs: predicted 3, gold 6, both 2 (a-b, e-f): P = 2/3, R = 1/3, F1 = 4/9
        assertThat(s.pairwisePrecision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.pairwiseRecall()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.pairwiseF1()).isCloseTo(4.0 / 9, within(EPS));
        // MI = 2 * (1/3) ln 2; H(G) = ln 2; H(P) = ln 3; NMI = 2 MI / (H(G) + H(P))
        assertThat(s.nmi()).isCloseTo(2 * (2.0 / 3 * Math.log(2)) / (Math.log(2) + Math.log(3)), within(EPS));
        // ARI: total 15 pairs, expected = 6 * 3 / 15 = 1.2, max = 4.5 → (2 - 1.2) / (4.5 - 1.2)
        assertThat(s.ari()).isCloseTo(0.8 / 3.3, within(EPS));
        assertThat(s.items()).isEqualTo(6);
        assertThat(s.goldClusters()).isEqualTo(2);
        assertThat(s.predictedClusters()).isEqualTo(3);
    }

    @Test
    void identicalPartitionsScoreOneWhateverTheLabels() {
        Map<String, String> renamed = labels("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "f", "y");
        ClusterScores s = ClusterMetrics.score(GOLD, renamed);
        assertThat(new double[] {s.bcubedF1(), s.pairwiseF1(), s.nmi(), s.ari()}).containsOnly(1.0);
    }

    @Test
    void singletonsAndAllInOne() {
        ClusterScores singles = ScoreTable.singletonBaseline(GOLD);
        assertThat(singles.bcubedPrecision()).isEqualTo(1.0);
        assertThat(singles.bcubedRecall()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(singles.pairwisePrecision()).as("no predicted pair: precision 1 by convention").isEqualTo(1.0);
        assertThat(singles.pairwiseRecall()).isZero();
        assertThat(singles.ari()).isCloseTo(0, within(EPS));

        Map<String, String> one = new LinkedHashMap<>();
        GOLD.keySet().forEach(id -> one.put(id, "all"));
        ClusterScores all = ClusterMetrics.score(GOLD, one);
        assertThat(all.bcubedRecall()).isEqualTo(1.0);
        assertThat(all.bcubedPrecision()).isCloseTo(0.5, within(EPS));
        assertThat(all.nmi()).isCloseTo(0, within(EPS));
    }

    @Test
    void reportsMissingAndExtraIdsAndScoresTheRest() {
        Map<String, String> pred = new LinkedHashMap<>(PRED);
        pred.remove("f");
        pred.put("zz", "P9");
        ClusterScores s = ClusterMetrics.score(GOLD, pred);
        assertThat(s.missing()).containsExactly("f");
        assertThat(s.extra()).containsExactly("zz");
        assertThat(s.items()).isEqualTo(5);
        assertThat(new ScoreTable().add("sys", s).format()).contains("1 gold ids not predicted (e.g. f)");
    }

    @Test
    void readsGoldAndGzippedPredictionsAndNamesBadLines(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id":"a","event":"e1","topic":"t1","split":"dev"}
                {"id":"b","event":"e1","topic":null}

                {"id":"c","event":"e2","topic":"t1"}
                """);
        assertThat(ClusterFiles.readGold(gold, LabelField.EVENT)).containsExactly(
                Map.entry("a", "e1"), Map.entry("b", "e1"), Map.entry("c", "e2"));
        assertThat(ClusterFiles.readGold(gold, LabelField.TOPIC)).containsOnlyKeys("a", "c");

        Path pred = dir.resolve("assignments.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pred))) {
            out.write("{\"id\":\"a\",\"event\":\"E\",\"storyline\":\"S\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ClusterFiles.readPredicted(pred, LabelField.TOPIC)).containsExactly(Map.entry("a", "S"));

        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"a\",\"event\":\"e\"}\n{oops\n");
        assertThatThrownBy(() -> ClusterFiles.readGold(bad, LabelField.EVENT))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("bad.jsonl:2: malformed JSON");
        Files.writeString(bad, "{\"id\":\"a\",\"event\":\"e\"}\n{\"id\":\"a\",\"event\":\"f\"}\n");
        assertThatThrownBy(() -> ClusterFiles.readGold(bad, LabelField.EVENT)).hasMessageContaining("bad.jsonl:2: id \"a\" appears again");
        Files.writeString(bad, "{\"event\":\"e\"}\n");
        assertThatThrownBy(() -> ClusterFiles.readGold(bad, LabelField.EVENT)).hasMessageContaining("bad.jsonl:1: missing or non-string \"id\"");
        assertThatThrownBy(() -> ClusterFiles.readGold(dir.resolve("nope.jsonl"), LabelField.EVENT))
                .hasMessageContaining("nope.jsonl: no such file");
    }

    @Test
    void datasetSingletonBaselineMatchesTheReadme() throws Exception {
        Path gold = Datasets.find().map(d -> d.resolve("ecbplus-dev/gold.jsonl")).orElse(Path.of("ecbplus-dev/gold.jsonl"));
        Assumptions.assumeTrue(Files.exists(gold), "dataset test skipped: " + gold + " not found");
        ClusterScores s = ScoreTable.singletonBaseline(ClusterFiles.readGold(gold, LabelField.EVENT));
        assertThat(s.items()).isEqualTo(772);
        assertThat(s.bcubedRecall()).isCloseTo(0.0855, within(5e-5));
        assertThat(s.bcubedF1()).isCloseTo(0.1575, within(5e-5));
        assertThat(s.nmi()).isCloseTo(0.7685, within(5e-5));
    }
}
