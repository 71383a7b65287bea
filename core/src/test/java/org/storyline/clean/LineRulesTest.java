package org.storyline.clean;

import static org.storyline.clean.RuleFixtures.assertKept;
import static org.storyline.clean.RuleFixtures.assertRemoved;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.BoilerplateReason;

/** Positive and negative examples for the rules that judge a line on its own. */
class LineRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign up for our newsletter",
        "Subscribe to our daily briefing",
        "Get our free newsletter in your inbox every morning",
        "Sign up: the best of Riverton news, every week"
    })
    void newsletter(String line) {
        assertRemoved(line, BoilerplateReason.NEWSLETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Subscribers to the paper's newsletter fell by half, the company said.",
        "Signing up for the program took hours, residents said.",
        "Residents were asked to subscribe to flood alerts by text message."
    })
    void notNewsletter(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Article audio sponsored by The Riverside Society",
        "This story is brought to you by Clear River Bank",
        "Advertisement"
    })
    void sponsor(String line) {
        assertRemoved(line, BoilerplateReason.SPONSOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The bill, sponsored by Sen. Ann Lee, passed the Senate on Tuesday.",
        "Sponsored by two senators, the bill would fund the cleanup for a decade and create a new river authority"
                + " with powers to fine polluters, supporters said."
    })
    void notSponsor(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Leave a Reply",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Comment *",
        "Name * Email * Website",
        "Post Comment",
        "Share this: Facebook | Email | Print",
        "Share this article"
    })
    void commentForm(String line) {
        assertRemoved(line, BoilerplateReason.COMMENT_FORM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Copyright 2024 Harbor Wire. All rights reserved.",
        "© 2023 Velden Courier",
        "(c) 2021 Northmarch Daily Media Group"
    })
    void copyright(String line) {
        assertRemoved(line, BoilerplateReason.COPYRIGHT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This article was first published by Harbor Wire and is republished here with permission.",
        "This story originally appeared in the Velden Courier.",
        "Republished with permission from Northmarch Daily"
    })
    void syndicationNote(String line) {
        assertRemoved(line, BoilerplateReason.SYNDICATION_NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Follow us on Twitter for the latest updates",
        "Follow Harbor Wire on Facebook",
        "Like us on Facebook"
    })
    void followUs(String line) {
        assertRemoved(line, BoilerplateReason.NEWSLETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Like many on Facebook, the mayor posted a photo of the flooded wharf.",
        "The publisher said copyright claims against the archive were dropped in court on Monday after a long fight.",
        "Click beetles swarmed the riverbank on Monday, residents said.",
        "This article of the treaty was first published in 1922, the historian said, and it still binds both towns."
    })
    void notFollowOrCopyright(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He declined to leave a comment on the decision.",
        "Officials said your email address will not be published in the new register.",
        "Readers can post comments on the council website until Friday.",
        "Share this view, the mayor told reporters: the barrier must be finished."
    })
    void notCommentForm(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See also\u00a0 Farmers worry about drought",
        "Read more: Farmers worry about drought",
        "Click here to read more",
        "Related: Drought hits farms in the valley",
        "Also read Drought hits farms in the valley",
        "READ MORE \u2014 Dams to be inspected"
    })
    void seeAlso(String line) {
        assertRemoved(line, BoilerplateReason.SEE_ALSO);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Read more about the plan on the city's website, the mayor said.",
        "Related issues were discussed at the meeting.",
        "Seeing also the damage upstream, engineers called for new dams."
    })
    void notSeeAlso(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AP Images",
        "(Getty Images)",
        "Photo: Jane Roe / Reuters",
        "Image credit: Riverton City Council",
        "File photo",
        "AP Photo/Jane Doe",
        "Credit: Jane Roe / Reuters",
        "Courtesy of the Riverton Fire Department"
    })
    void photoCredit(String line) {
        assertRemoved(line, BoilerplateReason.PHOTO_CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Images of the flood spread online.",
        "Photographers were detained at the dam.",
        "Photos show the river rising over the bank near the old mill, residents said.",
        "Credit Suisse estimates this at $23 billion."
    })
    void notPhotoCredit(String line) {
        assertKept(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dec. Governor Ann Lee, center, during a meeting with water officials and farmers, in Riverton, on April 2,"
                + " 2024.",
        "Mayor Tom Hill, left, and Governor Ann Lee tour the flooded district in Riverton on April 2, 2024.",
        "Governor Ann Lee is pictured at the dam (Photo by Jane Roe/Reuters)",
        "Residents fill sandbags near the old mill in Riverton, 2 April 2024 (AP Photo/Jane Doe)"
    })
    void caption(String line) {
        assertRemoved(line, BoilerplateReason.CAPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Governor Ann Lee, center, said on Tuesday the cleanup would finish on April 2, 2024.",
        "The meeting took place in Riverton on April 2, 2024.",
        "Mayor Tom Hill, left, and Governor Ann Lee toured the flooded district.",
        "The pictured dam, officials said, was built in 1950 and last inspected on April 2, 2024."
    })
    void notCaption(String line) {
        assertKept(line);
    }
}
