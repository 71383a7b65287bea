/**
 * Article extraction from HTML pages: {@link org.storyline.ingest.html.HtmlExtractor} keeps the article body
 * (lead, sub-headings, paragraphs) without navigation, ads, teasers, captions, sharing and comment boxes, and reads
 * title, date, authors, outlet, language and canonical URL from JSON-LD, Open Graph, {@code <meta>} tags and
 * visible bylines. Everything else in this package is its package-private machinery.
 */
package org.storyline.ingest.html;
