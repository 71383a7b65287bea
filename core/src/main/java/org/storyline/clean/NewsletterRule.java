package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Newsletter and subscription calls: "Sign up for our newsletter", "Subscribe to our daily briefing", "Get our
 * newsletter in your inbox". Only a line that starts with the imperative ("Subscribe to…", "Sign up…") and has
 * at most 25 words; "Subscribers to the newsletter fell by half" starts with a noun and is kept.
 */
public final class NewsletterRule implements LineRule {
    private static final Pattern SIGN_UP = Pattern.compile(
            "(?i)^(?:sign(?:[ -])?up|subscribe)(?:\\s+(?:for|to|now|here|today|below)\\b|\\s*[:!.]|$)");
    private static final Pattern GET_NEWSLETTER = Pattern.compile(
            "(?i)^(?:get|join|receive|register for|sign up for|subscribe to)\\b.{0,60}\\b(?:newsletters?|inbox"
                    + "|e-?mail alerts|mailing list|daily briefing|digest)\\b");

    private static final Pattern FOLLOW = Pattern.compile(
            "(?i)^(?:(?:follow|like|find|join) us|follow (?:\\p{L}+ ){1,4}?)\\s*on (?:twitter|facebook|instagram|x|linkedin"
                    + "|tiktok|youtube|threads|mastodon|bluesky|whatsapp|telegram)\\b");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.NEWSLETTER;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        String t = line.text();
        return line.wordCount() <= 25 && (SIGN_UP.matcher(t).find() || GET_NEWSLETTER.matcher(t).find()
                || (line.wordCount() <= 15 && FOLLOW.matcher(t).find()));
    }
}
