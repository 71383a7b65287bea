package org.storyline.clean;

import org.storyline.model.BoilerplateReason;

/**
 * A paragraph in the middle of a donation appeal that has no cue phrase of its own ("From reproductive rights
 * to climate change…, we know how important it is…"): removed only when the line right before it and the line
 * right after it were both removed as {@link BoilerplateReason#DONATION_APPEAL}, and it speaks for the outlet
 * or to the reader (we/our/us/you outside quotes). Must run after {@link DonationAppealRule}.
 */
public final class AppealContinuationRule implements LineRule {

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.DONATION_APPEAL;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        boolean before = context.previous(line)
                .flatMap(p -> context.reasonOf(p.index()))
                .filter(r -> r == BoilerplateReason.DONATION_APPEAL)
                .isPresent();
        boolean after = context.next(line)
                .flatMap(n -> context.reasonOf(n.index()))
                .filter(r -> r == BoilerplateReason.DONATION_APPEAL)
                .isPresent();
        return before && after && Texts.addressesReader(Texts.normalizedOutsideQuotes(line.text()));
    }
}
