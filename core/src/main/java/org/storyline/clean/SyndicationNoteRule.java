package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Republication notes: "This article was first published by Harbor Wire and is republished here with
 * permission.", "This story originally appeared in …", "Republished with permission from …". Not part of the
 * report, but evidence of who copied whom, so the removed span keeps it for provenance.
 */
public final class SyndicationNoteRule implements LineRule {
    private static final Pattern NOTE = Pattern.compile(
            "(?i)^(?:this (?:article|story|piece|report) (?:was (?:first |originally )?(?:published|posted)|"
                    + "(?:first |originally )appeared)\\b|republished (?:here )?(?:with|by) (?:kind )?permission\\b"
                    + "|reprinted with permission\\b)");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.SYNDICATION_NOTE;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        return line.wordCount() <= 30 && NOTE.matcher(line.text()).find();
    }
}
