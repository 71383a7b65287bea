package org.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        float[] a = EMBEDDER.embed("The minister met the president to discuss border crossings.");
        float[] b = EMBEDDER.embed("Border crossings were discussed when the president received the minister.");
        float[] c = EMBEDDER.embed("The football club won the cup after a penalty shoot-out.");
        assertThat(Vectors.dot(a, b)).isGreaterThan(Vectors.dot(a, c) + 0.3f);
    }

    @Test
    void vectorsAreUnitLengthAndDeterministic() {
        float[] a = EMBEDDER.embed("Storms closed the airport on Monday.");
        assertThat(a).hasSize(MiniLmEmbedder.DIMENSION);
        assertThat(Vectors.dot(a, a)).isCloseTo(1f, within(1e-4f));
        assertThat(EMBEDDER.embed("Storms closed the airport on Monday.")).containsExactly(a);
    }

    @Test
    void batchMatchesSingleAndBlankIsZero() {
        List<float[]> all = EMBEDDER.embedAll(List.of("Prices rose again.", " ", "Rain is expected."));
        assertThat(all).hasSize(3);
        assertThat(Vectors.isZero(all.get(1))).isTrue();
        assertThat(Vectors.dot(all.get(0), EMBEDDER.embed("Prices rose again."))).isCloseTo(1f, within(1e-3f));
        assertThat(Vectors.isZero(EMBEDDER.embed(""))).isTrue();
    }
}
