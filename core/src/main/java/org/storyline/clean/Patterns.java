package org.storyline.clean;

import java.util.regex.Pattern;

/** Precompiled patterns shared by several rules. Immutable. */
final class Patterns {
    private Patterns() {}

    /**
     * Verbs that make a line a piece of reporting rather than a caption or a label: "said", "told", "announced",
     * "according to"… A caption describes a picture; it does not attribute statements.
     */
    static final Pattern REPORTING_VERB = Pattern.compile(
            "(?i)\\b(?:said|says|say|told|tells|announced|announces|reported|reports|added|adds|stated|states"
                    + "|according to|asked|asks|argued|claimed|claims|warned|warns|explained|noted|insisted"
                    + "|confirmed|denied|wrote|writes)\\b");

    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
}
