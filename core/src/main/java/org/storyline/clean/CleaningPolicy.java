package org.storyline.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.model.BoilerplateReason;

/**
 * Which rules a {@link TextCleaner} applies, in which order, like jsoup's {@code Safelist} for its
 * {@code Cleaner}. Immutable; build one with {@link #builder()}, start from {@link #defaults()} and adjust with
 * {@link #toBuilder()}, or switch a kind of boilerplate off with {@link Builder#without(BoilerplateReason)}.
 *
 * <pre>{@code
 * CleaningPolicy p = CleaningPolicy.defaults().toBuilder().without(BoilerplateReason.CAPTION).build();
 * }</pre>
 */
public final class CleaningPolicy {
    private final List<LineRule> lineRules;
    private final List<InlineRule> inlineRules;
    private final boolean splitGluedSentences;

    private CleaningPolicy(List<LineRule> lineRules, List<InlineRule> inlineRules, boolean splitGluedSentences) {
        this.lineRules = List.copyOf(lineRules);
        this.inlineRules = List.copyOf(inlineRules);
        this.splitGluedSentences = splitGluedSentences;
    }

    /**
     * All rules, conservative settings. Order matters: rules that look at their neighbours' decisions
     * ({@link AppealContinuationRule}, {@link OutletLabelRule}, {@link RepeatedLedeRule}) run after the rules whose
     * decisions they read.
     */
    public static CleaningPolicy defaults() {
        return builder()
                .lineRule(new CommentFormRule())
                .lineRule(new SeeAlsoRule())
                .lineRule(new NewsletterRule())
                .lineRule(new SponsorRule())
                .lineRule(new CopyrightRule())
                .lineRule(new SyndicationNoteRule())
                .lineRule(new PhotoCreditRule())
                .lineRule(new CaptionRule())
                .lineRule(new DonationAppealRule())
                .lineRule(new AppealContinuationRule())
                .lineRule(new OutletLabelRule())
                .lineRule(new RepeatedLedeRule())
                .inlineRule(new GluedJunkRule())
                .splitGluedSentences(true)
                .build();
    }

    /** No rules at all: cleaning only normalizes line breaks and trims. */
    public static CleaningPolicy none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineRules.addAll(lineRules);
        b.inlineRules.addAll(inlineRules);
        b.splitGluedSentences = splitGluedSentences;
        return b;
    }

    public List<LineRule> lineRules() {
        return lineRules;
    }

    public List<InlineRule> inlineRules() {
        return inlineRules;
    }

    /** Whether lines with glued sentences ("….Senior members…") are split so their parts are judged separately. */
    public boolean splitGluedSentences() {
        return splitGluedSentences;
    }

    /** The kinds of boilerplate this policy removes. */
    public Set<BoilerplateReason> reasons() {
        EnumSet<BoilerplateReason> out = EnumSet.noneOf(BoilerplateReason.class);
        lineRules.forEach(r -> out.add(r.reason()));
        inlineRules.forEach(r -> out.add(r.reason()));
        return out;
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        lineRules.forEach(r -> names.add(r.getClass().getSimpleName()));
        inlineRules.forEach(r -> names.add(r.getClass().getSimpleName()));
        return "CleaningPolicy" + names + (splitGluedSentences ? "+split" : "");
    }

    /** Collects rules in order. */
    public static final class Builder {
        private final List<LineRule> lineRules = new ArrayList<>();
        private final List<InlineRule> inlineRules = new ArrayList<>();
        private boolean splitGluedSentences;

        private Builder() {}

        public Builder lineRule(LineRule rule) {
            lineRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public Builder inlineRule(InlineRule rule) {
            inlineRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public Builder splitGluedSentences(boolean split) {
            this.splitGluedSentences = split;
            return this;
        }

        /** Drops every rule that removes {@code reason}. */
        public Builder without(BoilerplateReason reason) {
            lineRules.removeIf(r -> r.reason() == reason);
            inlineRules.removeIf(r -> r.reason() == reason);
            return this;
        }

        public CleaningPolicy build() {
            return new CleaningPolicy(lineRules, inlineRules, splitGluedSentences);
        }
    }
}
