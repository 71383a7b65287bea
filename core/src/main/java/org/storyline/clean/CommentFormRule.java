package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * The comment form and share bar under an article: "Leave a Reply", "Leave a comment", "Your email address will
 * not be published. Required fields are marked *", "Comment *", "Name * Email * Website", "Post Comment",
 * "Share this: Facebook | Email | Print". The line must start with the phrase and have at most 20 words, so
 * "He declined to leave a comment." is kept.
 */
public final class CommentFormRule implements LineRule {
    private static final Pattern FORM = Pattern.compile(
            "(?i)^(?:leave a (?:reply|comment)|post a comment|add a comment|your email address will not be published"
                    + "|required fields are marked|cancel reply|comments are closed|you must be logged in to post"
                    + "|join the (?:conversation|discussion)\\s*$"
                    + "|post comment\\s*$|comment\\s*\\*\\s*$|name\\s*\\*\\s*email\\s*\\*"
                    + "|share this\\s*:|share this (?:article|story|page|post)\\s*[:!.]?\\s*$|share (?:on|via) (?:facebook|twitter|x|email)\\b)");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.COMMENT_FORM;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        return line.wordCount() <= 20 && FORM.matcher(line.text()).find();
    }
}
