package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

/** Property checks every cleaning result must pass. */
final class CleanChecks {
    private CleanChecks() {}

    /**
     * Every character of the cleaned text that comes from the original maps back to the same character; the
     * only other characters are the inserted separators (newlines, or one space where junk was cut); removed
     * spans hold their exact original text; the cleaned text is trimmed.
     */
    static void assertExactOffsets(String original, CleanText clean) {
        String text = clean.text();
        boolean[] covered = new boolean[text.length()];
        for (int[] seg : clean.offsets().segments()) {
            for (int k = 0; k < seg[2]; k++) {
                int c = seg[0] + k;
                if (c < text.length()) {
                    covered[c] = true;
                }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (covered[i]) {
                int o = clean.offsets().toOriginal(i);
                assertThat(original.charAt(o))
                        .as("clean offset %d maps to original %d", i, o)
                        .isEqualTo(text.charAt(i));
            } else {
                assertThat(text.charAt(i)).as("inserted character at clean offset %d", i).isIn('\n', ' ');
            }
        }
        for (RemovedSpan r : clean.removed()) {
            assertThat(original.substring(r.start(), r.end())).isEqualTo(r.text());
        }
        assertThat(text).isEqualTo(text.strip());
    }
}
