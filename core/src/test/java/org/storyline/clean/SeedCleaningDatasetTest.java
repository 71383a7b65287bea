package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.RemovedSpan;
import org.storyline.testing.SeedFiles;

/**
 * Cleans the project's seed articles (read at test time from {@code shared/datasets/seeds}; skipped when
 * absent): the known boilerplate is gone, the reporting stays, and offsets are exact.
 */
class SeedCleaningDatasetTest {
    private static Path seeds;
    private final TextCleaner cleaner = new TextCleaner();

    @BeforeAll
    static void locate() {
        seeds = SeedFiles.seedsDir();
    }

    private CleanText clean(String prefix) {
        SeedFiles.assumeSeeds();
        String original = SeedFiles.read(seeds, prefix);
        CleanText c = cleaner.clean(original);
        CleanChecks.assertExactOffsets(original, c);
        CleanText again = cleaner.clean(c.text());
        assertThat(again.removed()).as("idempotent on %s", prefix).isEmpty();
        return c;
    }

    /**
     * Every line of the original, less the spans removed from inside it, is still in the cleaned text when it is
     * a long one (12 words or more): no reporting paragraph is lost.
     */
    private static void assertKeptParagraphs(String original, CleanText c, int atLeast) {
        int kept = 0;
        int lineStart = 0;
        while (lineStart <= original.length()) {
            int lineEnd = original.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = original.length();
            }
            StringBuilder rest = new StringBuilder();
            int from = lineStart;
            for (RemovedSpan r : c.removed()) {
                if (r.start() >= lineStart && r.end() <= lineEnd) {
                    rest.append(original, from, r.start());
                    from = r.end();
                }
            }
            rest.append(original, from, lineEnd);
            String kept1 = rest.toString().strip();
            if (!kept1.isEmpty() && kept1.split("\\s+").length >= 12) {
                assertThat(c.text()).contains(kept1);
                kept++;
            }
            lineStart = lineEnd + 1;
        }
        assertThat(kept).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void seed000LosesTheGluedJunkOnly() {
        CleanText c = clean("000_");
        assertThat(c.text()).doesNotContain("||", "6db84f653__")
                .contains("we are going to return later to continue discussing several points that we proposed.\u201D")
                .contains("Schlapp indicated that so far the team is looking for more cooperation from Mexico.")
                .contains("hit the highest level in more than a decade in May: 132,887 apprehensions");
        assertThat(c.removed()).extracting(RemovedSpan::reason).containsExactly(BoilerplateReason.GLUED_JUNK);
        assertKeptParagraphs(SeedFiles.read(seeds, "000_"), c, 7);
    }

    @Test
    void seed001LosesLinksCommentFormAndCaption() {
        CleanText c = clean("001_");
        assertThat(c.text()).doesNotContain("See also", "Crafts retailer", "Leave a Reply", "Your email address",
                "Required fields", "Dec. Mexican President", ", center,");
        assertThat(c.removed()).extracting(RemovedSpan::reason).contains(BoilerplateReason.SEE_ALSO,
                BoilerplateReason.COMMENT_FORM, BoilerplateReason.CAPTION);
        assertThat(c.text()).contains(
                "Senior administration officials said Mexico acknowledged the need to curb human trafficking.",
                "In November, Border Patrol agents apprehended more than 191,000 migrants",
                "This month, 10,000 migrants were apprehended daily at the southern border.",
                "Democrats are considering tighter limits on asylum and increased deportations to support Republicans");
        assertKeptParagraphs(SeedFiles.read(seeds, "001_"), c, 12);
    }

    @Test
    void seed002LosesTheOutletName() {
        CleanText c = clean("002_");
        assertThat(c.text()).doesNotContain("ICARO Media Group")
                .startsWith("US Officials Meet with Mexican President amid Surge in Border Crossings")
                .contains("In November, more than 191,000 migrants were apprehended at the US-Mexico border",
                        "This month alone, the southern border has witnessed the apprehension");
        assertThat(c.removed()).extracting(RemovedSpan::reason).containsExactly(BoilerplateReason.OUTLET_NAME);
        assertKeptParagraphs(SeedFiles.read(seeds, "002_"), c, 8);
    }

    @Test
    void seed003LosesCreditNameLabelAndSponsor() {
        CleanText c = clean("003_");
        assertThat(c.text()).doesNotContain("AP Images", "Article audio sponsored by The John Birch Society")
                .startsWith("U.S. Officials Meet With Mexican President for Border Talks")
                .contains("in the first 11 months of 2023.",
                        "met with Mexican President Andr\u00e9s Manuel L\u00f3pez Obrador yesterday");
        assertThat(c.removed()).extracting(RemovedSpan::reason).containsExactly(BoilerplateReason.PHOTO_CREDIT,
                BoilerplateReason.OUTLET_NAME, BoilerplateReason.SPONSOR);
        assertKeptParagraphs(SeedFiles.read(seeds, "003_"), c, 5);
    }

    @Test
    void seed004LosesTheDonationAppealButKeepsTheGluedReporting() {
        CleanText c = clean("004_");
        assertThat(c.text()).doesNotContain("Your support", "Your donation", "paywalls", "we need reporters",
                "makes all the difference", "The Independent is trusted", "From reproductive rights");
        assertThat(c.text()).contains(
                "Senior members of President Joe Biden s administration are in Mexico Tuesday for talks on addressing"
                        + " illegal migration to the U.S., according to the White House.",
                "National security adviser Jake Sullivan and Homeland Security Secretary Alejandro Mayorkas",
                "The trend appeared to continue in July");
        assertThat(c.removed()).extracting(RemovedSpan::reason).contains(BoilerplateReason.DONATION_APPEAL)
                .doesNotContain(BoilerplateReason.CAPTION, BoilerplateReason.OUTLET_NAME);
        assertKeptParagraphs(SeedFiles.read(seeds, "004_"), c, 4);
    }
}
