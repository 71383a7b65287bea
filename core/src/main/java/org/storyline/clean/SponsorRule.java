package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Sponsor notes: "Article audio sponsored by The John Birch Society", "This story is brought to you by …", and
 * lone "Advertisement" / "Sponsored content" labels. The line must start with the note (so "The bill, sponsored
 * by Sen. Smith, passed" is kept) and have at most 20 words.
 */
public final class SponsorRule implements LineRule {
    private static final Pattern SPONSORED_BY = Pattern.compile(
            "(?i)^(?:(?:article|story|this|the|podcast|audio|video|content|episode|newsletter)\\s+){0,3}"
                    + "(?:is\\s+|was\\s+)?(?:sponsored|presented|brought to you|underwritten)\\s+by\\b");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|paid content|partner content|paid post)[.:]?$");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.SPONSOR;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        String t = line.text();
        return line.wordCount() <= 20 && (SPONSORED_BY.matcher(t).find() || LABEL.matcher(t).matches());
    }
}
