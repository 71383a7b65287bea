package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code storyline analyze} on an HTML page, a feed and a bad file, into articles.jsonl. */
class AnalyzeWebFormatsTest {
    @TempDir
    Path dir;

    private static final String PARAGRAPH = "The harbour walls gave way on Wednesday night and the sea flooded "
            + "hundreds of homes along the coast, the fire brigade said.";

    @Test
    void aPageAndAFeedBecomeArticlesWithAuthorsAndUrls() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("storm.html"), """
                <html lang="en"><head><title>Storm floods the coast | Courier</title>
                <meta property="og:site_name" content="Courier"><meta name="author" content="Ana Ruiz">
                <link rel="canonical" href="https://courier.example/2024/02/11/storm-floods-the-coast"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Storm floods the coast</h1><p>%s</p><p>%s</p>
                </article></body></html>""".formatted(PARAGRAPH, "Firefighters evacuated two care homes and a school, and the "
                + "sports hall was opened as a shelter for the families who had to leave."));
        Files.writeString(in.resolve("wire.rss"), """
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
                <item><title>Bridge reopens after repairs</title><link>https://wire.example/news/bridge-reopens-after-repairs</link>
                <pubDate>Mon, 12 Feb 2024 09:00:00 +0000</pubDate><author>desk@wire.example (Li Wei)</author>
                <description>Traffic is back on the old bridge after three months of repairs to its deck.</description></item>
                </channel></rss>""");
        Files.write(in.resolve("broken.html"), new byte[] {'<', 'p', '>', 0, 0, 1, 2});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int rc;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = Main.run("analyze", "--input", in.toString(), "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(oldErr);
        }

        assertThat(rc).isZero();
        List<JsonNode> articles = Fixtures.readJsonl(dir.resolve("out/articles.jsonl"));
        assertThat(articles).extracting(n -> n.get("id").asText())
                .containsExactlyInAnyOrder("storm", "wire.example-news-bridge-reopens-after-repairs");
        JsonNode storm = articles.stream().filter(n -> n.get("id").asText().equals("storm")).findFirst().orElseThrow();
        assertThat(storm.get("title").asText()).isEqualTo("Storm floods the coast");
        assertThat(storm.get("authors").toString()).isEqualTo("[\"Ana Ruiz\"]");
        assertThat(storm.get("source").asText()).isEqualTo("Courier");
        assertThat(storm.get("url").asText()).isEqualTo("https://courier.example/2024/02/11/storm-floods-the-coast");
        assertThat(storm.get("published").asText()).isEqualTo("2024-02-11");
        assertThat(storm.get("date_evidence").get("evidence").asText()).isEqualTo("URL /2024/02/11/");
        assertThat(storm.get("text").asText()).startsWith("The harbour walls").contains("\n\n");
        JsonNode wire = articles.stream().filter(n -> !n.get("id").asText().equals("storm")).findFirst().orElseThrow();
        assertThat(wire.get("authors").toString()).isEqualTo("[\"Li Wei\"]");
        assertThat(wire.get("published").asText()).isEqualTo("2024-02-12");
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("broken.html: binary content (NUL byte at byte offset 3), not HTML; skipped")
                .contains("skipped input records: 1 binary content");
    }
}
