package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.ArticleStore;

/**
 * A run killed with SIGKILL in the middle leaves the store as of its last commit; the next run resumes without
 * losing or duplicating articles.
 */
class ResumeAfterKillTest {
    private static final int ARTICLES = 6000;

    @TempDir
    Path dir;

    @Test
    void killedRunResumesWithoutLossOrDuplicates() throws Exception {
        Path input = dir.resolve("many.jsonl");
        String[] topics = {"river flood barrier council vote", "pilot strike airline flights", "museum theft astrolabe",
                "heater recall fire risk", "regional election coalition"};
        try (BufferedWriter w = Files.newBufferedWriter(input)) {
            for (int i = 0; i < ARTICLES; i++) {
                String t = topics[i % topics.length];
                w.write(Fixtures.JSON.writeValueAsString(java.util.Map.of("id", "a" + i, "title", t + " " + i,
                        "text", "Report " + i + " about the " + t + ". Witness " + (i * 7919 % 1000) + " spoke.")));
                w.write('\n');
            }
        }
        Path store = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", "--input", input.toString(), "--out", dir.resolve("o1").toString(),
                "--store", store.toString(), "--batch-size", "200")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // wait until at least one batch is committed, then kill -9 mid-run
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !hasCommit(store)) {
            Thread.sleep(20);
        }
        assertThat(hasCommit(store)).as("child committed a batch; log: %s", dir.resolve("child.log")).isTrue();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(p.isAlive()).isFalse();

        int stored;
        try (ArticleStore st = ArticleStore.open(store)) {
            stored = st.articleCount();
        }
        assertThat(stored).as("a killed run keeps whole batches only").isLessThanOrEqualTo(ARTICLES)
                .satisfies(n -> assertThat(n % 200 == 0 || n == ARTICLES).isTrue());

        int rc = Main.run("analyze", "--input", input.toString(), "--out", dir.resolve("o2").toString(),
                "--store", store.toString(), "--batch-size", "200");
        assertThat(rc).isZero();
        List<JsonNode> assignments = Fixtures.readJsonl(dir.resolve("o2/assignments.jsonl"));
        assertThat(assignments).hasSize(ARTICLES);
        assertThat(assignments.stream().map(n -> n.get("id").asText()).distinct().count()).isEqualTo(ARTICLES);
    }

    private static boolean hasCommit(Path store) {
        try (var d = org.apache.lucene.store.FSDirectory.open(store.resolve("index"))) {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(d)) {
                return false;
            }
            try (var r = org.apache.lucene.index.DirectoryReader.open(d)) {
                return r.numDocs() > 0;
            }
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
