package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Scraper junk glued into a line: runs of pipes with an id ({@code ||6db84f653__}) or a hex id with trailing
 * underscores ({@code 6db84f653__}). Cut out of the line; the rest of the line is kept.
 */
public final class GluedJunkRule implements InlineRule {
    private static final Pattern JUNK = Pattern.compile(
            "\\|{2,}[\\p{Alnum}_]*\\|*"
                    + "|(?<![\\p{Alnum}_])(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{6,}_{2,}(?![\\p{Alnum}_])"
                    + "|(?<![\\p{Alnum}_])_{2,}(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{6,}\\|*(?![\\p{Alnum}_])");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.GLUED_JUNK;
    }

    @Override
    public List<Cut> cuts(String text) {
        List<Cut> out = new ArrayList<>();
        Matcher m = JUNK.matcher(text);
        while (m.find()) {
            out.add(new Cut(m.start(), m.end()));
        }
        return out;
    }
}
