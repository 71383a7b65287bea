package org.storyline.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link HtmlExtractor} found in one page. Every field but {@code paragraphs} and {@code authors} may be null.
 *
 * @param title        the article's title, without the outlet's name
 * @param paragraphs   the article body: lead, sub-headings and paragraphs in reading order, without navigation,
 *                     captions, teasers of other articles, sharing and comment boxes
 * @param published    the publication date as printed by the publisher
 * @param dateEvidence where {@code published} was read, e.g. {@code JSON-LD datePublished "2023-12-27T10:00Z"}
 * @param authors      author names, in page order, without duplicates
 * @param siteName     the outlet's name as the page gives it
 * @param lang         the page's declared language, a lower-case primary subtag ({@code en}, {@code de})
 * @param canonicalUrl the page's canonical URL
 */
public record ExtractedPage(
        String title,
        List<String> paragraphs,
        LocalDate published,
        String dateEvidence,
        List<String> authors,
        String siteName,
        String lang,
        String canonicalUrl) {

    public ExtractedPage {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        if ((published == null) != (dateEvidence == null)) {
            throw new IllegalArgumentException("a published date needs its evidence, and only then");
        }
    }

    /** The body as plain text, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
