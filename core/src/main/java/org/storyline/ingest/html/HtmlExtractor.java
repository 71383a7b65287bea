package org.storyline.ingest.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a news page: its body without boilerplate, and its metadata (title, date, authors,
 * outlet, language, canonical URL) from JSON-LD, Open Graph and other {@code <meta>} tags, and visible bylines.
 * Thread-safe; holds no state between pages.
 *
 * <pre>{@code
 * ExtractedPage page = new HtmlExtractor().extract(html, "https://example.org/news/storm");
 * page.title(); page.text(); page.published(); page.authors();
 * }</pre>
 *
 * <p>Never throws on bad markup: jsoup repairs what it can, and a page without an article gives empty paragraphs.
 */
public final class HtmlExtractor {
    private final JsonLd jsonLd = new JsonLd();

    /** Parses {@code html} and extracts its article; {@code url} (may be null) resolves relative links. */
    public ExtractedPage extract(String html, String url) {
        Objects.requireNonNull(html, "html");
        return extract(Jsoup.parse(html, url == null ? "" : url));
    }

    /** Extracts the article of a parsed page. The document is modified (cleaned) in the process. */
    public ExtractedPage extract(Document document) {
        Objects.requireNonNull(document, "document");
        PageScan scan = PageScan.of(document);
        JsonLdArticle ld = jsonLd.article(scan.jsonLd);
        String url = emptyToNull(document.location());
        String canonical = canonical(scan, ld, url);
        String host = host(canonical != null ? canonical : url);
        String site = firstNonBlank(scan.first("og:site_name"), ld.publisher(), scan.first("application-name"));
        DateFinder.Found date = DateFinder.find(scan, ld);
        List<String> authors = AuthorFinder.find(scan, ld, site, host);
        String lang = language(scan, ld);

        Element body = document.body();
        PageCleaner.clean(body);
        List<Block> blocks = Blocks.of(body);
        int titleIndex = titleBlock(blocks, scan, ld);
        String h1 = titleIndex >= 0 && (matchesMeta(blocks.get(titleIndex), scan, ld) || metaTitle(scan, ld) == null)
                ? blocks.get(titleIndex).text() : null;
        String title = TitleFinder.find(scan, ld, h1, site, host);
        List<String> paragraphs = BodyExtractor.extract(blocks, titleIndex);
        return new ExtractedPage(title, paragraphs, date == null ? null : date.date(),
                date == null ? null : date.evidence(), authors, site, lang, canonical);
    }

    /** The heading block that shows the title: the first h1 like a metadata title, else the first h1, else -1. */
    private static int titleBlock(List<Block> blocks, PageScan scan, JsonLdArticle ld) {
        int firstH1 = -1;
        for (Block b : blocks) {
            if (b.heading() == 1) {
                if (firstH1 < 0) {
                    firstH1 = b.index();
                }
                if (matchesMeta(b, scan, ld)) {
                    return b.index();
                }
            }
        }
        return firstH1;
    }

    private static boolean matchesMeta(Block heading, PageScan scan, JsonLdArticle ld) {
        for (String meta : new String[] {ld.headline(), scan.first("og:title"), scan.first("twitter:title"), scan.title}) {
            if (meta != null && Similarity.similar(heading.text(), meta)) {
                return true;
            }
        }
        return false;
    }

    private static String metaTitle(PageScan scan, JsonLdArticle ld) {
        return firstNonBlank(ld.headline(), scan.first("og:title"), scan.first("twitter:title"), scan.title);
    }

    private static String language(PageScan scan, JsonLdArticle ld) {
        String lang = firstNonBlank(scan.htmlLang, scan.first("content-language", "og:locale", "language", "dc.language"),
                ld.language());
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The first absolute URL among the canonical link, {@code og:url} and JSON-LD, else one resolved against {@code url}. */
    private static String canonical(PageScan scan, JsonLdArticle ld, String url) {
        String[] candidates = {scan.canonical, scan.first("og:url"), ld.url()};
        for (String candidate : candidates) {
            if (candidate != null && (candidate.startsWith("http://") || candidate.startsWith("https://"))) {
                return candidate.strip();
            }
        }
        String relative = firstNonBlank(candidates);
        if (relative == null || url == null) {
            return url;
        }
        try {
            return URI.create(url).resolve(relative.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
