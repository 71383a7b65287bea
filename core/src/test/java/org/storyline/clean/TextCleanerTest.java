package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.OffsetMap;
import org.storyline.model.RemovedSpan;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    /** An invented article with one of nearly every kind of boilerplate. */
    static final String ARTICLE = String.join("\n",
            "Officials Meet To Discuss River Pollution",
            "Riverside Media Group",
            "Water officials from three states met in Riverton on Tuesday to discuss pollution in the Clear River,"
                    + " the agency said.",
            "",
            "Governor Ann Lee, center, during a meeting with water officials in Riverton, on April 2, 2024.",
            "",
            "",
            "The agency said donations to the cleanup fund rose 20% last year.||a3f9c2e71__",
            "Sign up for our newsletter",
            "Your support helps us keep our reporting free for everyone. Please donate today.",
            "",
            "Read more: Farmers worry about drought",
            "",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *");

    static Stream<String> fixtures() {
        return Stream.of(
                ARTICLE,
                "AP Images\r\nAnn Marie Lee\r\nArticle audio sponsored by The Riverside Society\r\n\r\n"
                        + "Engineers inspected the dam on Monday and found cracks in two places, officials said.\r\n",
                "  The vote was delayed.  \n\n\n\n   Lawmakers said they needed more time.\t\n",
                "He spoke for an hour.||6db84f653__ Then he left the room without questions.",
                "Your donation allows us to send reporters.\nYour support makes all the difference.The mayor said the"
                        + " bridge will reopen in May.",
                "See also\u00a0 Farmers worry about drought\n\nFarmers in the valley said on Monday they feared a"
                        + " third dry summer.",
                "Nothing to clean here.\n\nNot here either.",
                "");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyKeptCharacterMapsBackToTheSameCharacterOfTheOriginal(String original) {
        CleanChecks.assertExactOffsets(original, cleaner.clean(original));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void cleaningCleanTextRemovesNothingMore(String original) {
        CleanText once = cleaner.clean(original);
        CleanText twice = cleaner.clean(once.text());
        assertThat(twice.removed()).isEmpty();
        assertThat(twice.text()).isEqualTo(once.text());
    }

    @Test
    void removesEachKindWithItsReasonAndExactText() {
        CleanText c = cleaner.clean(ARTICLE);

        assertThat(c.removed())
                .extracting(RemovedSpan::reason, RemovedSpan::text)
                .containsExactly(
                        tuple(BoilerplateReason.OUTLET_NAME, "Riverside Media Group"),
                        tuple(BoilerplateReason.CAPTION, "Governor Ann Lee, center, during a meeting with water"
                                + " officials in Riverton, on April 2, 2024."),
                        tuple(BoilerplateReason.GLUED_JUNK, "||a3f9c2e71__"),
                        tuple(BoilerplateReason.NEWSLETTER, "Sign up for our newsletter"),
                        tuple(BoilerplateReason.DONATION_APPEAL, "Your support helps us keep our reporting free for"
                                + " everyone. Please donate today."),
                        tuple(BoilerplateReason.SEE_ALSO, "Read more: Farmers worry about drought"),
                        tuple(BoilerplateReason.COMMENT_FORM, "Leave a Reply"),
                        tuple(BoilerplateReason.COMMENT_FORM, "Your email address will not be published. Required"
                                + " fields are marked *"));
        for (RemovedSpan r : c.removed()) {
            assertThat(ARTICLE.substring(r.start(), r.end())).isEqualTo(r.text());
        }
        assertThat(c.text()).isEqualTo("Officials Meet To Discuss River Pollution\n\n"
                + "Water officials from three states met in Riverton on Tuesday to discuss pollution in the Clear"
                + " River, the agency said.\n\n"
                + "The agency said donations to the cleanup fund rose 20% last year.");
    }

    @Test
    void emptyAndBlankInputGiveEmptyText() {
        for (String s : List.of("", "   ", "\n\n\r\n \t\n")) {
            CleanText c = cleaner.clean(s);
            assertThat(c.text()).isEmpty();
            assertThat(c.removed()).isEmpty();
            assertThat(c.offsets().toOriginal(0)).isZero();
        }
    }

    @Test
    void textWithoutBoilerplateComesBackUnchangedWithTheIdentityMap() {
        String text = "The vote was delayed.\n\nLawmakers said they needed more time.\nA new vote is planned.";
        CleanText c = cleaner.clean(text);
        assertThat(c.text()).isSameAs(text);
        assertThat(c.removed()).isEmpty();
        assertThat(c.offsets()).isEqualTo(OffsetMap.identity(text.length()));
    }

    @Test
    void collapsesBlankLinesTrimsLinesAndKeepsSingleLineBreaksWithinAParagraph() {
        String text = "  The vote was delayed.  \r\n\r\n\r\n   Lawmakers said they needed more time.\t\r\n"
                + "A new vote is planned.\n\n";
        CleanText c = cleaner.clean(text);
        assertThat(c.text()).isEqualTo("The vote was delayed.\n\nLawmakers said they needed more time.\n"
                + "A new vote is planned.");
        assertThat(c.removed()).isEmpty();
        assertThat(c.offsets().toOriginal(0)).isEqualTo(2);
    }

    @Test
    void aRemovedLineInsideAParagraphBecomesAParagraphBreak() {
        String text = "The vote was delayed.\nSign up for our newsletter\nLawmakers said they needed more time.";
        assertThat(cleaner.clean(text).text())
                .isEqualTo("The vote was delayed.\n\nLawmakers said they needed more time.");
    }

    @Test
    void thePolicyDecidesWhichRulesRun() {
        CleaningPolicy noCaptions = CleaningPolicy.defaults().toBuilder().without(BoilerplateReason.CAPTION).build();
        assertThat(noCaptions.reasons()).doesNotContain(BoilerplateReason.CAPTION)
                .contains(BoilerplateReason.OUTLET_NAME, BoilerplateReason.GLUED_JUNK);
        assertThat(new TextCleaner(noCaptions).clean(ARTICLE).removed())
                .extracting(RemovedSpan::reason)
                .doesNotContain(BoilerplateReason.CAPTION)
                .contains(BoilerplateReason.NEWSLETTER);

        CleanText none = new TextCleaner(CleaningPolicy.none()).clean(ARTICLE);
        assertThat(none.removed()).isEmpty();
        assertThat(none.text()).contains("Sign up for our newsletter", "||a3f9c2e71__");
        assertThat(CleaningPolicy.none().reasons()).isEmpty();
    }

    @Test
    void withoutSplittingAGluedLineIsJudgedAsAWhole() {
        String appeal = "Your donation allows us to keep sending reporters to the river.";
        String glued = "Your support makes all the difference.The mayor said the bridge will reopen in May.";
        String text = appeal + "\n" + glued;
        CleaningPolicy noSplit = CleaningPolicy.defaults().toBuilder().splitGluedSentences(false).build();
        assertThat(noSplit.splitGluedSentences()).isFalse();
        assertThat(new TextCleaner(noSplit).clean(text).text()).isEqualTo(glued);
        assertThat(cleaner.clean(text).text()).isEqualTo("The mayor said the bridge will reopen in May.");
    }
}
