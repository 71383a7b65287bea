package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.model.RawArticle;

/** End-to-end reads of the shared WARC and feeds; skipped when ../shared/datasets is not there. */
class IngestDatasetTest {

    @Test
    void theNewsPagesWarcGivesOneArticlePerPageWithUrlAndFetchTime() {
        Path warc = datasets().resolve("warc/news-pages.warc.gz");
        Assumptions.assumeTrue(Files.isRegularFile(warc), "shared/datasets/warc not found");
        List<RawArticle> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();

        IngestSummary summary = new InputReader().read(List.of(warc), articles::add, problems::add);

        // 175 pages; one (a Next.js page whose article is only in a script) has no extractable text
        assertThat(articles).hasSizeBetween(170, 175);
        assertThat(summary.rejectedRecords()).isEqualTo(175 - articles.size());
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.url()).startsWith("http");
            assertThat(a.fetched()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
            assertThat(a.text()).isNotBlank();
        });
        assertThat(articles.stream().filter(a -> a.published() != null).count()).isGreaterThan(160);
        assertThat(problems.getLast().message()).startsWith("351 records: " + articles.size() + " HTML pages");
    }

    @Test
    void feedItemsGiveWayToTheirPagesInTheArchive() {
        Path warc = datasets().resolve("warc/news-pages.warc.gz");
        Path rss = datasets().resolve("feeds/rss.xml");
        Assumptions.assumeTrue(Files.isRegularFile(warc) && Files.isRegularFile(rss), "shared datasets not found");
        List<RawArticle> articles = new ArrayList<>();

        new InputReader().read(List.of(rss, warc), articles::add, p -> { });

        // every page once: from the archive when it has text, else from its feed item
        assertThat(articles).hasSize(175);
        assertThat(articles.stream().filter(a -> a.origin().file().endsWith("rss.xml")).count())
                .isLessThanOrEqualTo(5);
        assertThat(articles).allSatisfy(a -> assertThat(a.title()).isNotBlank());
    }

    private static Path datasets() {
        return org.storyline.eval.Datasets.find().orElse(Path.of("shared/datasets"));
    }
}
