package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

class RepeatedLedeTest {
    private static final String FULL = "Senior officials of the river authority are in Riverton Tuesday for talks"
            + " on repairing the dam, according to the governor\u2019s office.";
    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String text) {
        CleanText c = cleaner.clean(text);
        CleanChecks.assertExactOffsets(text, c);
        return c;
    }

    @Test
    void dropsAStandfirstThatRepeatsALaterParagraphAndKeepsTheFullOne() {
        String repeat = "Senior officials of the river authority are in Riverton for talks on repairing the dam."
                + " That's according to the governor's office";
        String text = "River Authority In Riverton For Dam Talks\n" + repeat + "\nSign up for our newsletter\n"
                + FULL + "\nRepairs could cost $40 million, engineers said.";
        CleanText c = clean(text);
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text).containsExactly(
                tuple(BoilerplateReason.REPEATED_LEDE, repeat),
                tuple(BoilerplateReason.NEWSLETTER, "Sign up for our newsletter"));
        assertThat(c.text()).isEqualTo("River Authority In Riverton For Dam Talks\n\n" + FULL
                + "\nRepairs could cost $40 million, engineers said.");
    }

    @Test
    void keepsATitleRepeatedAsTheStartOfTheLede() {
        String text = "River authority officials in Riverton for talks on the dam\n"
                + "River authority officials in Riverton for talks on the dam met the governor on Tuesday.";
        CleanText c = clean(text);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void keepsAParagraphThatOnlySharesSomeWordsWithALaterOne() {
        String text = "Senior officials of the river authority met farmers in Riverton on Monday to hear complaints.\n"
                + FULL;
        assertThat(clean(text).removed()).isEmpty();
    }

    @Test
    void keepsAShortLineEvenWhenALaterParagraphStartsWithIt() {
        String text = "Engineers said.\nThe dam held.\nThe dam held through the night, engineers said.";
        assertThat(clean(text).removed()).isEmpty();
    }
}
