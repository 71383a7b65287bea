package org.storyline.clean;

import org.storyline.model.BoilerplateReason;

/**
 * One small, single-purpose test that says whether a line (or a part of a glued line) is boilerplate of one
 * kind. Implementations are final, stateless and side-effect free; {@link TextCleaner} runs the rules that a
 * {@link CleaningPolicy} enables, in the policy's order, over the lines that no earlier rule removed.
 */
public interface LineRule {

    /** The reason recorded for a line this rule removes. */
    BoilerplateReason reason();

    /** True when {@code line} is boilerplate of this rule's kind. */
    boolean isBoilerplate(Line line, LineContext context);
}
