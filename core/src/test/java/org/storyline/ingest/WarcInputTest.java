package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;
import static org.storyline.ingest.WarcFixtures.html;
import static org.storyline.ingest.WarcFixtures.request;
import static org.storyline.ingest.WarcFixtures.response;
import static org.storyline.ingest.WarcFixtures.warc;
import static org.storyline.ingest.WarcFixtures.warcinfo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class WarcInputTest {
    private static final String A = "https://courier.example/news/storm";
    private static final String B = "https://courier.example/news/bridge";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void onlyHtmlResponsesOfStatus200AreArticles(boolean gzip) {
        Path file = write(dir, gzip ? "crawl.warc.gz" : "crawl.warc", warc(gzip,
                warcinfo(),
                request(A),
                html(A, Pages.page("Storm", A)),
                response(B + "/gone", 404, "text/html", Pages.bare("Gone").getBytes(UTF_8)),
                response(B + "/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                response(B, 200, "text/html; charset=windows-1252", Pages.bare("Brücke")
                        .getBytes(Charset.forName("windows-1252")))));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("courier.example-news-storm", "courier.example-news-bridge");
        RawArticle storm = run.articles().getFirst();
        assertThat(storm.url()).isEqualTo(A);
        assertThat(storm.fetched()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(storm.title()).isEqualTo("Storm");
        assertThat(storm.origin()).isEqualTo(new Origin(file.toString(), 3));
        assertThat(run.articles().get(1).text()).contains("about Brücke:");
        assertThat(run.messages()).containsExactly(file + ": 6 records: 2 HTML pages, 1 image/png responses, "
                + "1 request, 1 responses of status 404, 1 warcinfo");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void aTruncatedLastRecordCostsThatRecordOnly() {
        byte[] whole = warc(true, warcinfo(), html(A, Pages.page("Storm", A)), html(B, Pages.page("Bridge", B)));
        Path file = write(dir, "cut.warc.gz", Arrays.copyOf(whole, whole.length - 200));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("courier.example-news-storm");
        assertThat(run.problems()).extracting(IngestProblem::severity).containsExactly(Severity.ERROR, Severity.INFO);
        long offset = warc(true, warcinfo(), html(A, Pages.page("Storm", A))).length;
        assertThat(run.messages().getFirst()).startsWith(file + ":3: ").contains("byte offset " + offset);
        assertThat(run.summary().rejectedRecords()).isEqualTo(1);
    }

    @Test
    void aBrokenRecordInTheMiddleIsSkippedAndReadingResumesAtTheNextRecord() {
        byte[] garbage = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not-a-number\r\n\r\nxx\r\n\r\n"
                .getBytes(UTF_8);
        Path file = write(dir, "bad.warc", warc(false, html(A, Pages.page("Storm", A)), garbage,
                html(B, Pages.page("Bridge", B))));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("courier.example-news-storm", "courier.example-news-bridge");
        long offset = html(A, Pages.page("Storm", A)).length;
        assertThat(run.messages().getFirst()).startsWith(file + ":2: broken WARC record at byte offset " + offset + " (");
        assertThat(run.summary().skipped()).isEqualTo(Map.of("broken WARC record", 1L));
    }

    @Test
    void aPageOverTheLimitInsideAWarcIsSkipped() {
        String big = Pages.page("Big", A).replace("</article>", "<p>" + "x".repeat(5000) + "</p></article>");
        Path file = write(dir, "big.warc", warc(false, html(A, big), html(B, Pages.bare("Bridge"))));

        Fixtures.Run run = read(new InputReader(1 << 20, 4096), file);

        assertThat(run.ids()).containsExactly("courier.example-news-bridge");
        assertThat(run.messages().getFirst()).isEqualTo(file + ":1: record at byte offset 0: page larger than 4096 "
                + "bytes; skipped");
    }

    @Test
    void aBinaryFileNamedWarcIsReportedNotThrown() {
        Path file = write(dir, "junk.warc", new byte[] {0, 1, 2, 3, 4, 5, 6, 7});

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.summary().errors()).isEqualTo(1);
    }

    @Test
    void aLargeArchiveIsStreamedRecordByRecord() throws IOException {
        int pages = 2000;
        Path file = dir.resolve("many.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < pages; i++) {
                String url = "https://courier.example/news/item-" + i;
                byte[] record = html(url, Pages.page("Item " + i, url) + "<!--" + "pad".repeat(2000) + "-->");
                out.write(Fixtures.gzip(record));
            }
        }
        long[] count = {0};
        IngestSummary summary = new InputReader().read(List.of(file), a -> count[0]++, p -> { });

        assertThat(count[0]).isEqualTo(pages);
        assertThat(summary.rejectedRecords()).isZero();
    }
}
