package org.storyline.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Short photo credit lines: "AP Images", "(Getty Images)", "Photo: Jane Doe / Reuters", "Image credit: …",
 * "File photo", "AP Photo/Jane Doe", "Courtesy of the White House". At most 10 words.
 */
public final class PhotoCreditRule implements LineRule {
    private static final List<Pattern> CREDITS = List.of(
            // "AP Images", "(Getty Images)", "Reuters Pictures"
            Pattern.compile("^\\(?(?:\\p{Lu}[\\p{L}.&'-]*\\s+){1,3}"
                    + "(?i:images|photos?|pictures|imagery|photography)\\)?\\.?$"),
            // "Photo: X / Y", "Image credit: …", "Photo by X", "Photos courtesy of …"
            Pattern.compile("(?i)^\\(?(?:photo|photograph|image|picture|foto)s?\\s*(?:credit|courtesy)?"
                    + "\\s*(?::|/|©|by\\b|courtesy of\\b)"),
            // "File photo", "(File Photo)"
            Pattern.compile("(?i)^\\(?file (?:photo|image|picture)s?\\b"),
            // "Credit: AP", "Courtesy: AP", "Courtesy of the White House"; not "Credit Suisse said…"
            Pattern.compile("(?i)^\\(?(?:credit|courtesy)\\s*:|^\\(?(?i:courtesy of)\\s+\\p{L}"),
            // "AP Photo/Jane Doe", "Reuters/John Smith"
            Pattern.compile("^\\(?(?:AP|AFP|Reuters|EPA|Getty|Bloomberg|Xinhua|Pool|Shutterstock|Alamy)"
                    + "(?:\\s+Photo)?\\s*/\\s*\\S"));

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.PHOTO_CREDIT;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        if (line.wordCount() > 10) {
            return false;
        }
        String t = line.text();
        for (Pattern p : CREDITS) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
