package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsButNotAtAbbreviations() {
        String text = "U.S. Secretary Blinken met Gov. Abbott on Dec. 3 in Austin. He left early! "
                + "\"We agreed,\" he said. Then rain fell.\n\nNew paragraph here";
        List<String> s = Sentences.split(text).stream().map(Sentences.Sentence::text).toList();
        assertThat(s).containsExactly(
                "U.S. Secretary Blinken met Gov. Abbott on Dec. 3 in Austin.",
                "He left early!",
                "\"We agreed,\" he said.",
                "Then rain fell.",
                "New paragraph here");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  First one. Second one.  ";
        for (Sentences.Sentence s : Sentences.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(Sentences.split(text)).hasSize(2);
        assertThat(Sentences.split("")).isEmpty();
    }
}
