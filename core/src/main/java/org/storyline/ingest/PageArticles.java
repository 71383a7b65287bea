package org.storyline.ingest;

import java.time.Instant;
import java.time.LocalDate;
import org.storyline.ingest.html.ExtractedPage;
import org.storyline.ingest.html.HtmlExtractor;
import org.storyline.ingest.meta.LanguageGuesser;
import org.storyline.ingest.meta.Outlets;
import org.storyline.ingest.meta.UrlDate;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * Turns an HTML page into a {@link RawArticle}: extracts it ({@link HtmlExtractor}) and completes what the page
 * does not say: the date from the URL ({@link UrlDate}), the outlet from the host ({@link Outlets}), the language
 * from the text ({@link LanguageGuesser}). Thread-safe.
 */
final class PageArticles {
    private final HtmlExtractor extractor = new HtmlExtractor();

    /** What a page gave: its article, or the reason there is none. */
    record Result(RawArticle article, String problem) {
    }

    /**
     * The article of page {@code html}.
     *
     * @param url     the URL it was fetched from (a WARC record's target), or null: the page's canonical URL is
     *                used then
     * @param fetched when it was fetched, or null
     */
    Result article(String id, String html, String url, Origin origin, Instant fetched) {
        ExtractedPage page = extractor.extract(html, url);
        String text = page.text();
        if (text.isBlank()) {
            return new Result(null, "no article text found in the page");
        }
        String articleUrl = url != null ? url : page.canonicalUrl();
        LocalDate published = page.published();
        String evidence = page.dateEvidence();
        if (published == null) {
            UrlDate.Found found = UrlDate.find(articleUrl != null ? articleUrl : page.canonicalUrl());
            if (found == null && url != null) {
                found = UrlDate.find(page.canonicalUrl());
            }
            if (found != null) {
                published = found.date();
                evidence = found.evidence();
            }
        }
        String source = page.siteName() != null ? page.siteName() : Outlets.fromUrl(articleUrl);
        String lang = page.lang() != null ? page.lang() : LanguageGuesser.guess(text);
        return new Result(new RawArticle(id, page.title(), text, published, source, articleUrl, lang, origin,
                page.authors(), evidence, fetched), null);
    }
}
