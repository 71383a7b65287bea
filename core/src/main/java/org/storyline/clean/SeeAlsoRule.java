package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Links to other articles: lines starting with "See also", "Read more", "Also read", "Read also", or a
 * "Related:" / "Related stories:" label. At most 25 words and no reporting verb, so "Read more about it, the
 * minister said…" would be kept.
 */
public final class SeeAlsoRule implements LineRule {
    private static final Pattern LINK = Pattern.compile(
            "(?i)^(?:see also|also see|read more|read also|also read|more reading|further reading"
                    + "|click here(?: to| for)?)(?![\\p{L}])");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:related(?: stories| articles| coverage| content| news| links| reading)?|recommended"
                    + "|more on this(?: story)?)\\s*[:|»›>–—-]");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.SEE_ALSO;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        String t = line.text();
        if (line.wordCount() > 25 || Patterns.REPORTING_VERB.matcher(t).find()) {
            return false;
        }
        return LINK.matcher(t).find() || LABEL.matcher(t).find();
    }
}
