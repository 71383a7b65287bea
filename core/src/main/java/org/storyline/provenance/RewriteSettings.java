package org.storyline.provenance;

/**
 * Rewrite detection parameters. The match threshold was tuned on the controlled-edit generator of
 * {@code storyline bench dedupe} (rewrites of reuters21578 / bbc-fulltext articles); the rewrite decision is a
 * logistic model fitted on training rewrites against ECB+ train-split independent reports ({@link RewriteModel}),
 * never on the seed articles, and 0.5 is its plain decision point; see BENCHMARKS.md, section "Duplicates".
 *
 * @param matchThreshold      sentence cosine (fact bonus included) from which two sentences may be aligned
 * @param rewriteThreshold    rewrite score ({@link RewriteModel}, {@link Alignment#rewriteScore()}) from which two
 *                            texts are a rewrite of each other
 * @param minAligned          aligned sentence pairs a rewrite needs at least (fewer when a text is shorter); the
 *                            model already weighs their number, so the default asks for one
 * @param sameEventThreshold  whole-text cosine from which a pair that is no rewrite counts as an independent report
 *                            of the same event (below: unrelated)
 * @param maxSentences        sentences of a text that are compared (the first ones; bounds the cost of huge texts)
 * @param candidatesPerArticle most similar other texts compared per article
 * @param minLexical          TF-IDF cosine a candidate pair needs (cheap filter before embedding)
 * @param windowDays          two dated texts further apart than this are never compared
 * @param enabled             whether the analysis runs the (slow, embedding-based) rewrite pass at all; without
 *                            it, families hold exact and near copies only
 */
public record RewriteSettings(double matchThreshold, double rewriteThreshold, int minAligned,
        double sameEventThreshold, int maxSentences, int candidatesPerArticle, double minLexical, int windowDays,
        boolean enabled) {
    public RewriteSettings {
        check("matchThreshold", matchThreshold);
        check("rewriteThreshold", rewriteThreshold);
        check("sameEventThreshold", sameEventThreshold);
        check("minLexical", minLexical);
        if (minAligned < 1 || maxSentences < 1 || candidatesPerArticle < 1 || windowDays < 0) {
            throw new IllegalArgumentException("minAligned, maxSentences and candidatesPerArticle must be >= 1 and "
                    + "windowDays >= 0");
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    public static RewriteSettings defaults() {
        return new RewriteSettings(0.62, 0.50, 1, 0.55, 200, 10, 0.10, 7, true);
    }

    /** These settings with the rewrite pass switched on or off. */
    public RewriteSettings withEnabled(boolean on) {
        return new RewriteSettings(matchThreshold, rewriteThreshold, minAligned, sameEventThreshold, maxSentences,
                candidatesPerArticle, minLexical, windowDays, on);
    }

    public RewriteSettings withRewriteThreshold(double t) {
        return new RewriteSettings(matchThreshold, t, minAligned, sameEventThreshold, maxSentences,
                candidatesPerArticle, minLexical, windowDays, enabled);
    }

    public RewriteSettings withMatchThreshold(double t) {
        return new RewriteSettings(t, rewriteThreshold, minAligned, sameEventThreshold, maxSentences,
                candidatesPerArticle, minLexical, windowDays, enabled);
    }
}
