package org.storyline.clean;

import java.util.regex.Pattern;
import org.storyline.model.BoilerplateReason;

/**
 * Copyright notices: "Copyright 2024 Harbor Wire. All rights reserved.", "© 2024 Harbor Wire", "(c) 2023
 * Associated Press". Short lines only (at most 25 words), so a sentence about a copyright dispute is kept.
 */
public final class CopyrightRule implements LineRule {
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)^(?:copyright\\s*(?:©|\\(c\\)|\\d{4})|©|\\(c\\)\\s*\\d{4})|\\ball rights reserved\\b");

    @Override
    public BoilerplateReason reason() {
        return BoilerplateReason.COPYRIGHT;
    }

    @Override
    public boolean isBoilerplate(Line line, LineContext context) {
        return line.wordCount() <= 25 && NOTICE.matcher(line.text()).find();
    }
}
