package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Texts#wordCount} counts exactly the words of {@link Texts#words}. */
class TextsWordCountTest {
    private static final List<String> PIECES = List.of("a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f",
            "\u00A0", "\u2007", "\u202F", "\u2003", "\u3000", "\u2028", "é", "𝐀", "-", ".", "");

    @Test
    void sameCountAsTheWordList() {
        Random random = new Random(5);
        for (int t = 0; t < 5000; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = b.toString();
            assertThat(Texts.wordCount(text)).as("[" + text + "]").isEqualTo(Texts.words(text).size());
        }
    }
}
