package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.clean.RuleFixtures.BODY;
import static org.storyline.clean.RuleFixtures.BODY2;
import static org.storyline.clean.RuleFixtures.assertKept;
import static org.storyline.clean.RuleFixtures.assertRemoved;
import static org.storyline.clean.RuleFixtures.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;

class DonationAppealTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Your support helps us to tell the story",
        "Your donation allows us to keep sending reporters to both sides of the river.",
        "Unlike other outlets, we choose not to lock readers out of our reporting with paywalls.",
        "We believe local news should be open to all, paid for by those who can afford it.",
        "Your support keeps our newsroom going.",
        "Independent journalism needs you: donate today and support our newsroom.",
        "Support independent local news: become a member of Aske Valley Voice today"
    })
    void removesAppealsScoredByCuePhrases(String line) {
        assertRemoved(line, BoilerplateReason.DONATION_APPEAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The senator said donations to the campaign rose 20%.",
        "\u201CWe need your support,\u201D the candidate told donors at a rally on Friday.",
        "Supporters were urged to donate to the relief fund, organizers said.",
        "Our reporters found that the charity's donation records were incomplete.",
        "The union said it would support the strike and donate food to the workers.",
        "We understand this is a public tragedy, and we appreciate your support as we grieve privately.",
        "Your support makes all the difference.",
        "Support for independent journalism grew last year, the survey of news readers found."
    })
    void keepsReportingThatMentionsSupportOrDonations(String line) {
        assertKept(line);
    }

    @Test
    void removesAParagraphWithoutCuesOnlyInsideAnAppeal() {
        String middle = "From rivers to farms, our team is on the ground when the story is developing, and we know"
                + " how much that matters.";
        String text = BODY + "\nYour support helps us to tell the story\n" + middle
                + "\nYour donation allows us to keep sending reporters.\n" + BODY2;

        CleanText c = clean(text);

        assertThat(c.removed()).extracting(RemovedSpan::reason).containsOnly(BoilerplateReason.DONATION_APPEAL);
        assertThat(c.removed()).extracting(RemovedSpan::text).contains(middle);
        assertThat(c.text()).isEqualTo(BODY + "\n\n" + BODY2);
    }

    @Test
    void removesAShortClosingLineWithAStrongCueNextToAnAppeal() {
        String text = BODY + "\nYour donation allows us to keep sending reporters to the river.\n"
                + "Your support makes all the difference.\n" + BODY2;
        CleanText c = clean(text);
        assertThat(c.removed()).extracting(RemovedSpan::text)
                .containsExactly("Your donation allows us to keep sending reporters to the river.",
                        "Your support makes all the difference.");
        assertThat(c.text()).isEqualTo(BODY + "\n\n" + BODY2);
    }

    @Test
    void keepsAParagraphSpeakingForTheOutletOutsideAnAppeal() {
        String line = "From rivers to farms, our team is on the ground when the story is developing, and we know"
                + " how much that matters.";
        assertKept(line);
        String afterAppealOnly = BODY + "\nYour support helps us to tell the story\n" + line + "\n" + BODY2;
        assertThat(clean(afterAppealOnly).text()).contains(line);
    }
}
