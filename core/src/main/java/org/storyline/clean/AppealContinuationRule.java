package org.storyline.clean;

import java.util.Optional;
import org.storyline.model.BoilerplateReason;

/**
 * Lines of a donation appeal that {@link DonationAppealRule} cannot judge alone, removed only next to an appeal
 * (must run after it):
 * <ul>
 *   <li>a paragraph in the middle of an appeal, with no cue phrase of its own ("From reproductive rights to
 *       climate change…, we know how important it is…") that speaks for the outlet or to the reader
 *       (we/our/us/you outside quotes): the line right before it and the line right after it were both removed
 *       as {@link BoilerplateReason#DONATION_APPEAL};</li>
 *   <li>a short closing or opening line with a strong cue but no word about journalism ("Your support makes all
 *       the difference."): at most 12 words, right after or right before a removed appeal line.</li>
 * </ul>
 * Alone, such lines are kept: "We appreciate your support," in a family's statement, is reporting.
 */
public final class AppealContinuationRule implements LineRule {
    private static final int SHORT = 12;

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.DONATION_APPEAL;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        String t = Texts.normalizedOutsideQuotes(line.text());
        boolean before = isAppeal(context.previous(line), context);
        boolean after = isAppeal(context.next(line), context);
        if (before && after && Texts.addressesReader(t)) {
            return true;
        }
        // a short line with an appeal-only phrase ("Every contribution makes a difference.", "Keep local news
        // free for everyone") right next to an appeal belongs to it, whoever it speaks for
        return (before || after) && line.wordCount() <= SHORT && DonationAppealRule.hasStrongCue(t);
    }

    private static boolean isAppeal(Optional<Line> line, LineContext context) {
        return line.flatMap(l -> context.reasonOf(l.index()))
                .filter(r -> r == BoilerplateReason.DONATION_APPEAL)
                .isPresent();
    }
}
