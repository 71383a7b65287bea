package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

class GluedTextTest {
    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String text) {
        CleanText c = cleaner.clean(text);
        CleanChecks.assertExactOffsets(text, c);
        return c;
    }

    @Test
    void cutsJunkAtTheEndOfALineAndKeepsTheRest() {
        String text = "The minister spoke on Monday.\u201D||6db84f653__\n\nShe left at noon.";
        CleanText c = clean(text);
        assertThat(c.text()).isEqualTo("The minister spoke on Monday.\u201D\n\nShe left at noon.");
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text, RemovedSpan::start)
                .containsExactly(tuple(BoilerplateReason.GLUED_JUNK, "||6db84f653__", 30));
    }

    @Test
    void cutsJunkInTheMiddleOfALineWithoutDoublingSpaces() {
        CleanText c = clean("He said ||a1b2c3d4__ the plan works.");
        assertThat(c.text()).isEqualTo("He said the plan works.");
        assertThat(c.offsets().toOriginal(c.text().indexOf("the plan"))).isEqualTo(21);
    }

    @Test
    void cutsHexJunkWithUnderscoresWithoutPipes() {
        assertThat(clean("The bridge reopened 9f8e7d6c5b__ after repairs.").text())
                .isEqualTo("The bridge reopened after repairs.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The vote was 12 | 3 in favour.",
        "Use snake_case names and __init__ files.",
        "The code 2024-ab was issued in batch 123456."
    })
    void keepsPipesAndUnderscoresThatAreNotJunk(String text) {
        CleanText c = clean(text);
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void splitsAnAppealGluedToReportingAndKeepsTheReporting() {
        String text = "Your donation allows us to keep sending reporters to the river.\n"
                + "Your support makes all the difference.Senior officials of the river authority are in"
                + " Riverton on Tuesday for talks.";
        CleanText c = clean(text);
        assertThat(c.text()).isEqualTo("Senior officials of the river authority are in Riverton on Tuesday for talks.");
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text).containsExactly(
                tuple(BoilerplateReason.DONATION_APPEAL,
                        "Your donation allows us to keep sending reporters to the river."),
                tuple(BoilerplateReason.DONATION_APPEAL, "Your support makes all the difference."));
    }

    @Test
    void keepsAGluedLineWholeWhenNoPartIsBoilerplate() {
        String text = "The plan was approved.The mayor said the bridge will reopen. Work starts in the U.S.Army yard.";
        CleanText c = clean(text);
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void splitterFindsOnlyRealGlue() {
        GluedSentenceSplitter s = new GluedSentenceSplitter();
        assertThat(s.split("makes all the difference.Senior members")).hasSize(2);
        assertThat(s.split("it said.\u201DThen they left")).hasSize(2);
        assertThat(s.split("the U.S.Army and a.m.The")).hasSize(1);
        assertThat(s.split("a normal sentence. Another one.")).hasSize(1);
    }
}
