package org.storyline.ingest.html;

import java.util.List;

/**
 * What the page's JSON-LD says about its article (a {@code NewsArticle}, {@code Article}, {@code BlogPosting}...,
 * found at the top level, in an array, in {@code @graph} or as {@code mainEntity}); every field may be null.
 * {@code authorsAreOrganizations} tells that every author is typed as an organisation (a newsroom's name).
 */
record JsonLdArticle(
        String headline,
        String datePublished,
        String dateCreated,
        List<String> authors,
        boolean authorsAreOrganizations,
        String publisher,
        String language,
        String url,
        String articleBody) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of(), false, null, null, null, null);
}
