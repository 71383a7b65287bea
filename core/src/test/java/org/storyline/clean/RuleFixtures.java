package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

/** Puts a line between two invented paragraphs of reporting and checks what the default cleaner does with it. */
final class RuleFixtures {
    static final String BODY = "Water officials from three states met in Riverton on Tuesday to discuss pollution"
            + " in the Clear River.";
    static final String BODY2 = "The agency expects a report on the cleanup by the end of the month, a spokesperson"
            + " said.";
    private static final TextCleaner CLEANER = new TextCleaner();

    private RuleFixtures() {}

    static CleanText clean(String text) {
        CleanText c = CLEANER.clean(text);
        CleanChecks.assertExactOffsets(text, c);
        return c;
    }

    static String around(String line) {
        return BODY + "\n\n" + line + "\n\n" + BODY2;
    }

    /** The line is removed with {@code reason}, with its exact text, and only the reporting is left. */
    static void assertRemoved(String line, BoilerplateReason reason) {
        CleanText c = clean(around(line));
        assertThat(c.removed()).as("removed from: %s", line)
                .extracting(RemovedSpan::reason, RemovedSpan::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reason, line.strip()));
        assertThat(c.text()).isEqualTo(BODY + "\n\n" + BODY2);
    }

    /** Nothing is removed and the text stays as it was. */
    static void assertKept(String line) {
        String text = around(line);
        CleanText c = clean(text);
        assertThat(c.removed()).as("removed from: %s", line).isEmpty();
        assertThat(c.text()).isEqualTo(text);
    }
}
