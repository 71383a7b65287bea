package org.storyline.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.BoilerplateReason;

/**
 * Short label lines above the body: an outlet name ("ICARO Media Group") or a name-only line under a photo
 * credit ("Andrés Manuel López Obrador" under "AP Images"). Conservative; a line is such a label only when
 * <ul>
 *   <li>it is a whole line among the first 4 non-blank lines of the text,</li>
 *   <li>it has 1 to 6 words, all capitalized (or digits, or connectors such as "of", "the", "de", "&amp;"),</li>
 *   <li>it has no sentence punctuation (no {@code , ; : ! ?} or quotes, and no final period),</li>
 *   <li>a kept line of body text (8 words or more) follows somewhere below, and</li>
 *   <li>either its last word names an outlet ("Media", "Group", "News", "Times", "Post", …, at most 5 words),
 *       or the line directly above it was itself removed as boilerplate (a credit or another label).</li>
 * </ul>
 * So a short headline as the first line is kept unless it is an outlet name.
 */
public final class OutletLabelRule implements LineRule {
    private static final int MAX_LINE = 4;
    private static final int MAX_WORDS = 6;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "in", "on", "at", "de", "del",
            "la", "las", "los", "el", "y", "da", "do", "dos", "van", "von", "der", "den", "du", "le", "&", "a", "an");
    private static final Set<String> OUTLET_WORDS = Set.of("media", "group", "news", "times", "post", "press",
            "network", "daily", "herald", "journal", "tribune", "gazette", "agency", "radio", "tv", "television",
            "magazine", "wire", "broadcasting", "channel", "online", "today", "reporter", "review", "newswire",
            "newspaper", "chronicle", "observer", "telegraph", "courier", "mirror", "express", "insider");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.OUTLET_NAME;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        if (!line.isWholeLine() || line.lineNumber() >= MAX_LINE) {
            return false;
        }
        String t = line.text();
        List<String> words = Texts.words(t);
        if (words.isEmpty() || words.size() > MAX_WORDS || !labelLike(t, words)) {
            return false;
        }
        boolean bodyFollows = context.lines().stream()
                .skip(line.index() + 1L)
                .anyMatch(l -> !context.isRemoved(l.index()) && l.wordCount() >= 8);
        if (!bodyFollows) {
            return false;
        }
        String last = words.getLast().toLowerCase(Locale.ROOT);
        if (OUTLET_WORDS.contains(last) && words.size() <= 5) {
            return true;
        }
        return context.previous(line)
                .filter(p -> p.lineNumber() == line.lineNumber() - 1 && context.isRemoved(p.index()))
                .isPresent();
    }

    private static boolean labelLike(String text, List<String> words) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (",;:!?\"\u201C\u201D".indexOf(c) >= 0) {
                return false;
            }
        }
        if (text.endsWith(".")) {
            return false;
        }
        for (String w : words) {
            char first = w.charAt(0);
            boolean ok = Character.isUpperCase(first)
                    || Character.isDigit(first)
                    || CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
