package org.storyline.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Donation and paywall appeals of the outlet to its readers: "Your support helps us to tell the story", "Your
 * donation allows us to keep sending journalists…", "we choose not to lock … out of our reporting with paywalls",
 * "paid for by those who can afford it".
 *
 * <p>A line is scored by several cue phrases instead of one literal string. Strong cues (weight 2) are phrases
 * that almost only occur in appeals ("your support", "your donation", "paywall", "independent journalism",
 * "we need reporters", "makes all the difference", …); weak cues (weight 1) are words that news also uses
 * ("support", "donation", "donate", "subscribe", "journalism", "reporters", …). In its text outside quotation
 * marks, a line is an appeal when it has
 * <ul>
 *   <li>at least one strong cue and a score of at least 3,</li>
 *   <li>an address to the reader or a voice of the outlet (you/your/we/us/our, or a request opening the line:
 *       "Support …", "Become a member …", "Donate …"), and</li>
 *   <li>a reference to the outlet's work (journalism, reporting, reporters, newsroom, paywall, subscription,
 *       the story, news, coverage…).</li>
 * </ul>
 * So reporting about donations ("The senator said donations to the campaign rose 20%.") has no strong cue and is
 * kept; a family's statement ("we appreciate your support") does not speak about journalism and is kept; quoted
 * speech is ignored. Short appeal lines without a word about journalism ("Your support makes all the
 * difference.") are removed by {@link AppealContinuationRule} when they stand next to an appeal.
 */
public final class DonationAppealRule implements LineRule {
    private static final List<Pattern> STRONG = List.of(
            Pattern.compile("\\byour (?:continued |generous |financial )?"
                    + "(?:support|donations?|contributions?|gifts?)\\b"),
            Pattern.compile("\\bsupport (?:us|our (?:work|journalism|reporting|newsroom|mission))\\b"),
            Pattern.compile("\\bdonate (?:now|today|here|to us|monthly|once)\\b"),
            Pattern.compile("\\bpaywalls?\\b"),
            Pattern.compile("\\b(?:independent|quality|public[- ]interest|reader[- ]funded) journalism\\b"),
            Pattern.compile("\\bwe need (?:reporters|journalists|your|you)\\b"),
            Pattern.compile("\\bmakes? all the difference\\b"),
            Pattern.compile("\\bpaid for by (?:those|readers|people) who can afford\\b"),
            Pattern.compile("\\block(?:ing)? .{0,40}\\bout of our (?:reporting|journalism)\\b"),
            Pattern.compile("\\bkeep (?:our )?(?:journalism|reporting|content) (?:free|open)\\b"),
            Pattern.compile("\\bbecome an? (?:member|supporter|patron|subscriber)\\b"),
            Pattern.compile("\\bplease consider (?:a |making a |giving a )?(?:small |monthly |one-off |one-time |regular )*"
                    + "(?:donation|contribution|gift)\\b"),
            Pattern.compile("\\b(?:every|each|any) (?:contribution|donation|gift)\\b"),
            Pattern.compile("\\breader[- ](?:funded|supported)\\b"),
            Pattern.compile("\\bkeep (?:local )?news free\\b"));
    private static final List<Pattern> WEAK = List.of(
            Pattern.compile("\\bsupport(?:s|ed|ing)?\\b"),
            Pattern.compile("\\bdonat(?:e|es|ed|ing|ion|ions)\\b"),
            Pattern.compile("\\bsubscri(?:be|bes|ption|ptions|bers?)\\b"),
            Pattern.compile("\\bjournalis(?:m|ts?)\\b"),
            Pattern.compile("\\breport(?:ing|ers)\\b"),
            Pattern.compile("\\bafford\\b"),
            Pattern.compile("\\bcontribut(?:e|ion|ions)\\b"));
    /** An appeal that opens with a request to the reader: "Support independent local news: become a member…". */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^\\W*(?:please\\s+)?(?:support|donate|subscribe|become|join|give|chip in|contribute)\\b"
                    + "(?!\\s+(?:for|of|from|among|in|has|had|was|is|are|were|grew|rose|fell)\\b)");
    private static final Pattern MEDIA = Pattern.compile(
            "\\b(?:journalis(?:m|ts?)|report(?:ing|ers?)|newsroom|paywalls?|subscri(?:be|ption|ber)s?|the story"
                    + "|stories|news|coverage|editorial|outlet|press)\\b");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.DONATION_APPEAL;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        String t = Texts.normalizedOutsideQuotes(line.text());
        int strong = count(STRONG, t);
        if (strong == 0 || !(Texts.addressesReader(t) || IMPERATIVE.matcher(t).find()) || !MEDIA.matcher(t).find()) {
            return false;
        }
        return 2 * strong + count(WEAK, t) >= 3;
    }

    /** True when the line has at least one strong cue phrase (used for lines next to an appeal). */
    static boolean hasStrongCue(String normalizedText) {
        return count(STRONG, normalizedText) > 0;
    }

    private static int count(List<Pattern> cues, String text) {
        int n = 0;
        for (Pattern p : cues) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }
}
