package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker rules of {@link QuoteFinder}, one small fixture per class of error seen on PolNeAR and the seeds. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    /** Person mentions for the given names, at every occurrence. */
    private static List<EntityMention> people(String text, String... names) {
        List<EntityMention> out = new ArrayList<>();
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                out.add(new EntityMention(i, i + n.length(), n, EntityType.PER, null));
            }
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    private Quote direct(String text, List<EntityMention> entities, String quoteStartsWith) {
        return finder.find(text, entities).stream().filter(q -> q.direct() && q.text().startsWith(quoteStartsWith))
                .findFirst().orElseThrow();
    }

    @Test
    void aSpeakerAfterAConjunctionIsFound() {
        String t = "The Times made these allegations in February, and Breitbart News responded: \"If there are people "
                + "who are believed to be prone to attacks, deport them.\" That point stands.";
        assertThat(direct(t, List.of(), "\"If").speaker()).isEqualTo("Breitbart News");
    }

    @Test
    void mannerOfSpeakingVerbsAreCues() {
        String t = "Brafman spoke first. Then the judge stood up. He concluded, “There is not a single case anywhere in "
                + "the country.” Later I confessed nothing. “This is a big political win for me,” Ramos, 58, told AFP.";
        List<EntityMention> es = people(t, "Brafman", "Ramos");
        Quote q = direct(t, es, "“There");
        assertThat(q.speaker()).isEqualTo("He");
        assertThat(q.referentStart()).isEqualTo(t.indexOf("Brafman"));
        assertThat(direct(t, es, "“This").speaker()).isEqualTo("Ramos");
    }

    @Test
    void invertedCueBeforeTheQuote() {
        String t = "The home was turned into a museum. Said Dorothy Poynter, who grew up nearby, “We were all so proud "
                + "of him.” Another memorial grew outside.";
        assertThat(direct(t, people(t, "Dorothy Poynter"), "“We").speaker()).isEqualTo("Dorothy Poynter");
    }

    @Test
    void theSubjectOfTheSentenceSpeaksAQuoteInsideIt() {
        String t = "Obama spoke at noon. Cox says the rifle group won't allow “law-abiding gun owners to become "
                + "scapegoats for failed policies.” Clinton tweeted her thanks to Obama. She called his actions “a "
                + "crucial step forward on gun violence.”";
        List<EntityMention> es = people(t, "Obama", "Cox", "Clinton");
        assertThat(direct(t, es, "“law").speaker()).isEqualTo("Cox");
        Quote she = direct(t, es, "“a crucial");
        assertThat(she.speaker()).isEqualTo("She");
        assertThat(she.referentStart()).isEqualTo(t.indexOf("Clinton"));
    }

    @Test
    void aCoordinatedSpeechVerbBelongsToTheSubject() {
        String t = "Foreign Minister Marcelo Ebrard was optimistic after a morning round of discussions and said “Maybe "
                + "in the afternoon we can share the advances.”";
        assertThat(direct(t, people(t, "Marcelo Ebrard"), "“Maybe").speaker()).isEqualTo("Marcelo Ebrard");
    }

    @Test
    void aQuoteAfterASentenceEndingInACueHasThatSpeaker() {
        // seed 003: the quote after "…, López Obrador said." is his, not the previous quote's speaker's
        String t = "Spokesman John Kirby said, “Their visit will be about the migratory flows and what we can do.” "
                + "The U.S. faced pressure to reopen bridges.\n\nOfficials reached an agreement to reopen the "
                + "crossings, López Obrador said. “This agreement has been reached, the rail crossings are being "
                + "opened.” The closures stopped freight.";
        List<EntityMention> es = people(t, "John Kirby", "López Obrador");
        assertThat(direct(t, es, "“Their").speaker()).isEqualTo("Spokesman John Kirby");
        assertThat(direct(t, es, "“This").speaker()).isEqualTo("López Obrador");
    }

    @Test
    void aQuotedTitleIsNotAQuote() {
        // seed 001: a title in quotation marks is not speech, and must not inherit the previous speaker
        String t = "“Without intervention from the federal government, this mission will not last,” Johnson said.\n\n"
                + "Mr. Biden spoke to Lopez Obrador on “Sustained Efforts to Manage Migration Flows in the Western "
                + "Hemisphere”. Later talks followed.";
        List<Quote> qs = finder.find(t, people(t, "Johnson"));
        assertThat(qs).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("Johnson");
        assertThat(QuoteFinder.isTitle(t, t.indexOf("“Sustained"), t.indexOf("”.") + 1)).isTrue();
        assertThat(QuoteFinder.isTitle(t, 0, t.indexOf("”") + 1)).isFalse();
    }
}
