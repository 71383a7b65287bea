package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpFactsTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();

    private static List<CoreLabel> tokens(String... words) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            out.add(l);
        }
        return out;
    }

    @Test
    void windowsSurroundCapitalisedTokensButNotFunctionWords() {
        List<CoreLabel> t = tokens("The", "talks", "in", "the", "capital", "ended", "when", "officials", "from",
                "Mexico", "left", "for", "home", "and", "then", "met", "Ebrard", ".");
        List<int[]> w = CoreNlpFacts.windows(t, 2, GAZETTEER::isStopCap);
        // "The" opens no window; "Mexico" (9) and "Ebrard" (16) each open one, too far apart to merge
        assertThat(w).containsExactly(new int[] {7, 12}, new int[] {14, 18});
        // windows that touch are merged
        assertThat(CoreNlpFacts.windows(tokens("a", "Paris", "b", "c", "d", "Rome", "e"), 2, GAZETTEER::isStopCap))
                .containsExactly(new int[] {0, 7});
        assertThat(CoreNlpFacts.windows(tokens("no", "names", "here"), 2, GAZETTEER::isStopCap)).isEmpty();
    }

    @Test
    void theCrfFindsNamesWithOffsetsAndKeepsHyphenatedNamesWhole() {
        CoreNlpFacts crf = new CoreNlpFacts(GAZETTEER);
        String text = "Homeland Security Secretary Alejandro Mayorkas met Liz Sherwood-Randall in Mexico City on "
                + "Wednesday.\nthe talks, held at the National Palace, lasted two hours and nothing else happened "
                + "after that at all in the end.";
        List<EntityMention> found = crf.annotate(text);
        for (EntityMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(found).extracting(m -> m.text() + "/" + m.type()).contains("Alejandro Mayorkas/PER",
                "Liz Sherwood-Randall/PER", "Mexico City/LOC");
        assertThat(found).extracting(EntityMention::text).doesNotContain("Wednesday", "the talks");
    }
}
