package org.storyline.compare;

import org.storyline.model.Article;

/** Test access to {@link CompareFixtures} from other packages. */
public final class CompareFixturesAccess {
    private CompareFixturesAccess() {}

    public static Article article(String id, String text) {
        return CompareFixtures.article(id, "src-" + id, text);
    }
}
