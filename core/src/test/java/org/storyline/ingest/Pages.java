package org.storyline.ingest;

/** Small HTML pages written by the tests. */
final class Pages {
    private Pages() {
    }

    /** A distinct, article-like paragraph of about 130 characters. */
    static String paragraph(String topic, int n) {
        return "Paragraph " + n + " about " + topic + ": the council met on Tuesday evening, and the members voted "
                + "for the plan after a long and heated debate.";
    }

    /** A page with a canonical URL, Open Graph title, author and date, navigation, and three paragraphs. */
    static String page(String topic, String url) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s | Courier</title>
                <meta property="og:site_name" content="Courier">
                <meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
                <meta name="author" content="Ana Ruiz">
                <link rel="canonical" href="%2$s"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>%1$s</h1><p>%3$s</p><p>%4$s</p><p>%5$s</p></article>
                <footer><p>Copyright Courier. All rights reserved. Registered in the city of nowhere, since 1850.</p></footer>
                </body></html>
                """.formatted(topic, url, paragraph(topic, 1), paragraph(topic, 2), paragraph(topic, 3));
    }

    /** A page that says nothing about itself: no title, no date, no author, no language, no outlet. */
    static String bare(String topic) {
        return "<html><body><div><p>" + paragraph(topic, 1) + "</p><p>" + paragraph(topic, 2) + "</p></div></body></html>";
    }
}
