package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Photo captions: a line that describes a picture rather than reports. Three cues are scored:
 * <ul>
 *   <li>a position cue: {@code ", center,"}, {@code ", left,"}, {@code ", right,"}, {@code ", second from left,"},
 *       "pictured", "poses", "is seen";</li>
 *   <li>a photo cue: {@code "(Photo …"}, {@code "(AP Photo/…"}, "(Getty Images)", "File photo";</li>
 *   <li>a date at the very end, as captions end, possibly followed by a credit in parentheses:
 *       {@code "… in Mexico City, on May 27, 2023."}, {@code "…, 2 April 2024 (AP Photo/Jane Doe)"}</li>
 * </ul>
 * A line is a caption when it has at least two of the three cues, has no reporting verb ("said", "told",
 * "announced", "according to"…) and 6 to 80 words. So the garbled "Dec. Mexican President …, center, during a
 * meeting with …, in Mexico City, on May 27, 2023." is a caption, while "López Obrador, center, said on May 27,
 * 2023 that …" and "The meeting took place in Mexico City on May 27, 2023." are kept.
 */
public final class CaptionRule implements LineRule {
    private static final Pattern POSITION = Pattern.compile(
            "(?i),\\s*(?:center|centre|left|right|top|bottom|front|rear|foreground|background"
                    + "|(?:second|third) (?:from )?(?:left|right)|(?:far )?(?:left|right))\\s*,"
                    + "|\\b(?:pictured|poses|pose for a photo|is seen|are seen)\\b");
    private static final Pattern PHOTO = Pattern.compile(
            "(?i)\\((?:[\\p{L}]+\\s+)?photo\\b|\\((?:getty|ap|afp|reuters) images\\)|\\bfile photo\\b|\\bphoto:");
    private static final String END = "\\s*(?:\\([^()]{1,60}\\))?\\s*[.)]*\\s*$";
    private static final Pattern DATE_AT_END = Pattern.compile(
            "\\b" + Patterns.MONTH + "\\s+\\d{1,2},?\\s+\\d{4}" + END
                    + "|\\b\\d{1,2}\\s+" + Patterns.MONTH + "\\s+\\d{4}" + END);

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.CAPTION;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        int words = line.wordCount();
        String t = line.text();
        if (words < 6 || words > 80 || Patterns.REPORTING_VERB.matcher(t).find()) {
            return false;
        }
        int cues = (POSITION.matcher(t).find() ? 1 : 0)
                + (PHOTO.matcher(t).find() ? 1 : 0)
                + (DATE_AT_END.matcher(t).find() ? 1 : 0);
        return cues >= 2;
    }
}
