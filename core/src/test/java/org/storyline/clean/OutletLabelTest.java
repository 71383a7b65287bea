package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

class OutletLabelTest {
    private static final String BODY = "Engineers inspected the dam on Monday and found cracks in two places,"
            + " officials said.";
    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String text) {
        CleanText c = cleaner.clean(text);
        CleanChecks.assertExactOffsets(text, c);
        return c;
    }

    @Test
    void removesAnOutletNameUnderTheTitle() {
        CleanText c = clean("Cracks Found In Riverton Dam\nRiverside Media Group\n" + BODY);
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text)
                .containsExactly(tuple(BoilerplateReason.OUTLET_NAME, "Riverside Media Group"));
        assertThat(c.text()).isEqualTo("Cracks Found In Riverton Dam\n\n" + BODY);
    }

    @Test
    void removesAnOutletNameAsTheFirstLine() {
        assertThat(clean("The Riverton Daily News\n" + BODY).text()).isEqualTo(BODY);
    }

    @Test
    void removesANameOnlyLineUnderAPhotoCredit() {
        CleanText c = clean("Cracks Found In Riverton Dam\nAP Images\nAnn Marie de la Cruz\n" + BODY);
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text).containsExactly(
                tuple(BoilerplateReason.PHOTO_CREDIT, "AP Images"),
                tuple(BoilerplateReason.OUTLET_NAME, "Ann Marie de la Cruz"));
    }

    @Test
    void keepsAShortTitleAndAShortNameThatIsNotUnderACredit() {
        String text = "Dam Cracks\nAnn Marie Lee\n" + BODY;
        CleanText c = clean(text);
        assertThat(c.removed()).isEmpty();
        assertThat(c.text()).isEqualTo(text);
    }

    @Test
    void keepsLinesWithLowercaseWordsOrPunctuationOrTooManyWords() {
        for (String label : new String[] {
            "Floods hit Riverton", "Riverton, Clear River", "Riverside Regional Water Quality Board Media Group"}) {
            String text = "Dam Cracks\nAP Images\n" + label + "\n" + BODY;
            assertThat(clean(text).text()).as(label).contains(label);
        }
    }

    @Test
    void keepsOutletLikeLinesBelowTheFirstFourLines() {
        String text = "Dam Cracks\n" + BODY + "\nThe dam was built in 1950.\nRepairs will take a year, they said.\n"
                + "Riverside Media Group\nInspectors will return next week to measure the cracks, the agency said.";
        assertThat(clean(text).text()).contains("Riverside Media Group");
    }

    @Test
    void keepsALabelWhenNoBodyFollows() {
        String text = "Dam Cracks\nRiverside Media Group";
        assertThat(clean(text).text()).isEqualTo(text);
    }
}
