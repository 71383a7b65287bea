package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    /** A news page with everything a real one carries around its article. */
    static final String PAGE = """
            <!doctype html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Storm floods the coast | The Daily Planet</title>
              <meta property="og:title" content="Storm floods the coast - The Daily Planet">
              <meta property="og:site_name" content="The Daily Planet">
              <meta property="article:published_time" content="2023-12-27T23:30:00-05:00">
              <link rel="canonical" href="/news/storm-floods-coast">
            </head>
            <body>
              <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
              <div class="cookie-banner"><p>We use cookies to improve your experience on our website. By continuing
                to browse you agree to our use of cookies and similar technologies described in our policy.</p></div>
              <main>
                <article>
                  <h1>Storm floods the coast</h1>
                  <p class="lead">A winter storm pushed the sea over the harbour walls on Wednesday night, flooding
                    hundreds of homes along the coast.</p>
                  <div class="byline">By <a rel="author" href="/jane">Jane Doe</a> and John Roe</div>
                  <time datetime="2023-12-28">Thursday</time>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                  <figure><img src="a.jpg"><figcaption>Waves over the harbour wall. Photo: Max Muster</figcaption></figure>
                  <p>The water rose faster than anyone expected, said the harbour master, who has worked in the town
                    for thirty years and had never seen the sea come so far inland.</p>
                  <div class="ad-slot"><p>Advertisement: buy the best umbrellas in town, now with free delivery to
                    your door anywhere in the country.</p></div>
                  <h2>Evacuations</h2>
                  <p>Firefighters evacuated two care homes and a school, and opened the sports hall as a shelter for
                    the families who could not stay with relatives.</p>
                  <p>The roads that were closed are listed below:</p>
                  <ul><li>The coast road between the harbour and the lighthouse;</li><li>Mill Lane.</li></ul>
                  <div class="related"><h3><a href="/other">Last year's storm cost millions</a></h3>
                    <p>Insurers paid out more than ever before after the storm of last winter hit the region.</p></div>
                  <p>More rain is expected on Friday, and the weather service has kept its warning in place for the
                    whole weekend.</p>
                  <ul class="tags"><li><a href="/t/storm">Storm</a></li><li><a href="/t/coast">Coast</a></li></ul>
                </article>
                <section class="comments"><h2>Comments</h2><p>This is a disgrace, the council was warned about the
                  harbour walls many times and did nothing at all about them for years and years.</p></section>
              </main>
              <aside><h2>Most read</h2><ul><li><a href="/x">Something else happened somewhere else today</a></li></ul></aside>
              <footer><p>© 2023 The Daily Planet. All rights reserved. Registered office: 1 Main Street, Metropolis.</p></footer>
            </body>
            </html>
            """;

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void keepsOnlyTheArticleInReadingOrder() {
        ExtractedPage page = extractor.extract(PAGE, "https://planet.example/news/storm?utm=x");

        assertThat(page.paragraphs()).containsExactly(
                "A winter storm pushed the sea over the harbour walls on Wednesday night, flooding hundreds of homes "
                        + "along the coast.",
                "The water rose faster than anyone expected, said the harbour master, who has worked in the town for "
                        + "thirty years and had never seen the sea come so far inland.",
                "Evacuations",
                "Firefighters evacuated two care homes and a school, and opened the sports hall as a shelter for the "
                        + "families who could not stay with relatives.",
                "The roads that were closed are listed below:",
                "The coast road between the harbour and the lighthouse;",
                "Mill Lane.",
                "More rain is expected on Friday, and the weather service has kept its warning in place for the "
                        + "whole weekend.");
        assertThat(page.text()).startsWith("A winter storm").contains("inland.\n\nEvacuations\n\nFirefighters");
    }

    @Test
    void readsTheMetadata() {
        ExtractedPage page = extractor.extract(PAGE, "https://planet.example/news/storm?utm=x");

        assertThat(page.title()).isEqualTo("Storm floods the coast");
        assertThat(page.published()).isEqualTo(LocalDate.of(2023, 12, 27)); // as printed, not converted to UTC
        assertThat(page.dateEvidence()).isEqualTo("<meta article:published_time> \"2023-12-27T23:30:00-05:00\"");
        assertThat(page.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(page.siteName()).isEqualTo("The Daily Planet");
        assertThat(page.lang()).isEqualTo("en");
        assertThat(page.canonicalUrl()).isEqualTo("https://planet.example/news/storm-floods-coast");
    }

    @Test
    void jsonLdInAGraphGivesHeadlineDateAuthorsAndPublisher() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"Front page","datePublished":"2020-01-01"},
                  {"@type":["ReportageNewsArticle"],"headline":"Bridge &amp; tunnel reopen","datePublished":"2024-03-05T08:00:00+01:00",
                   "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],
                   "publisher":{"@type":"Organization","name":"Courier"},"inLanguage":"es-ES",},
                ]}
                </script></head><body><p>%s</p></body></html>""".formatted(sentence(4));

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.title()).isEqualTo("Bridge & tunnel reopen");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(page.dateEvidence()).startsWith("JSON-LD datePublished");
        assertThat(page.authors()).containsExactly("Ana Ruiz", "Li Wei");
        assertThat(page.siteName()).isEqualTo("Courier");
        assertThat(page.lang()).isEqualTo("es");
    }

    @Test
    void aVisibleBylineWinsOverANewsroomNamedAsAuthor() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Dam opens","author":{"@type":"Organization","name":"Courier"}}
                </script></head><body><h1>Dam opens</h1><p class="author-name">Von Eva Berg</p><p>%s</p></body></html>
                """.formatted(sentence(4));

        assertThat(extractor.extract(html, null).authors()).containsExactly("Eva Berg");
    }

    @Test
    void brokenJsonLdIsIgnoredAndMetaTagsStillWork() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline": oops</script>
                <meta name="author" content="Kim Lee"><meta name="date" content="27.12.2023">
                <meta property="og:title" content="Quiet night"></head><body><p>%s</p></body></html>
                """.formatted(sentence(4));

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.title()).isEqualTo("Quiet night");
        assertThat(page.authors()).containsExactly("Kim Lee");
        assertThat(page.published()).isEqualTo(LocalDate.of(2023, 12, 27));
    }

    @Test
    void withoutDateMetadataAnyPublishMetaOrAVisibleDateIsUsed() {
        String meta = "<html><head><meta name=\"article:published:time\" content=\"2024-10-23T15:48:15+00:00\">"
                + "<meta name=\"article:modified:time\" content=\"2024-11-01\"></head><body><p>%s</p></body></html>";
        String visible = "<html><body><span class=\"date\">28.04.2023</span><p>%s</p></body></html>";

        ExtractedPage fromMeta = extractor.extract(meta.formatted(sentence(1)), null);
        ExtractedPage fromText = extractor.extract(visible.formatted(sentence(1)), null);

        assertThat(fromMeta.published()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(fromMeta.dateEvidence()).startsWith("<meta article:published:time>");
        assertThat(fromText.published()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(fromText.dateEvidence()).isEqualTo("visible date \"28.04.2023\"");
    }

    @Test
    void malformedAndTruncatedMarkupStillGivesTheText() {
        String html = "<html><body><div class=content><p>" + sentence(3) + "<p>" + sentence(5)
                + "<div><b>unclosed <i>tags</b> and then the file ends in the middle of a ta";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).contains(sentence(3), sentence(5));
    }

    @Test
    void nothingToExtractGivesAnEmptyPageNotAnError() {
        assertThat(extractor.extract("", null).paragraphs()).isEmpty();
        assertThat(extractor.extract("\u0000\u0001\u00ff binary junk \u0000", null).title()).isNull();
        assertThat(extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null).text()).isEmpty();
    }

    @Test
    void anArticleStreamedIntoAHiddenContainerIsStillFound() {
        String html = "<html><body><div hidden id=\"S:1\"><article><p>" + sentence(1) + "</p><p>" + sentence(2)
                + "</p></article></div><div class=\"min-h-screen\"></div></body></html>";

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(sentence(1), sentence(2));
    }

    @Test
    void aLongConsentBannerDoesNotOutweighAShortArticle() {
        String banner = ("We and our partners store and access information on your device for personalised ads and "
                + "content, measurement and audience research. ").repeat(3);
        String html = "<html><body><div id=\"onetrust-consent-sdk\"><p>" + banner + "</p><p>" + banner + "</p></div>"
                + "<div class=\"story\"><p>" + sentence(7) + "</p></div></body></html>";

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(sentence(7));
    }

    /** A distinct, article-like sentence of about 120 characters. */
    static String sentence(int n) {
        return "Sentence number " + n + " of the report says that the council met on Tuesday, and that the "
                + "members voted for the plan after a long debate.";
    }
}
