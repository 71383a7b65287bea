package org.storyline.bench;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storyline.ingest.html.ExtractedPage;
import org.storyline.ingest.html.HtmlExtractor;

/** The extractors the benchmark compares: Storyline's and the two baselines. */
final class PageExtractors {
    private PageExtractors() {
    }

    /** One extractor under test. */
    interface PageExtractor {
        String name();

        Extraction extract(String html, String url);
    }

    static List<PageExtractor> all() {
        return List.of(storyline(), readability4j(), jsoupText());
    }

    static PageExtractor storyline() {
        HtmlExtractor extractor = new HtmlExtractor();
        return new PageExtractor() {
            @Override
            public String name() {
                return "storyline";
            }

            @Override
            public Extraction extract(String html, String url) {
                ExtractedPage page = extractor.extract(html, url);
                return new Extraction(page.title(), page.text(), page.published(), page.authors());
            }
        };
    }

    /** Unmodified readability4j (Mozilla Readability port): its title, text content and byline. */
    static PageExtractor readability4j() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "readability4j";
            }

            @Override
            public Extraction extract(String html, String url) {
                Article article = new Readability4J(url == null ? "" : url, html).parse();
                String byline = article.getByline();
                return new Extraction(article.getTitle(), article.getTextContent(), null,
                        byline == null || byline.isBlank() ? List.of() : List.of(byline.strip()));
            }
        };
    }

    /** jsoup's text of the whole body: perfect recall, the precision of doing nothing. */
    static PageExtractor jsoupText() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "jsoup body text";
            }

            @Override
            public Extraction extract(String html, String url) {
                Document document = Jsoup.parse(html, url == null ? "" : url);
                return new Extraction(document.title(), document.body().text(), null, List.of());
            }
        };
    }
}
