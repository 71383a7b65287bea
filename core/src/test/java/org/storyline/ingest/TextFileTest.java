package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.bytes;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class TextFileTest {

    @TempDir
    Path dir;

    @Test
    void aHeadlineFirstLineBecomesTheTitleAndLeavesTheText() {
        Path file = write(dir, "storm.txt", "Storm hits the coast\n\nThe storm hit the coast on Monday.\nMore later.\n");

        RawArticle article = read(file).only();

        assertThat(article.id()).isEqualTo("storm");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(article.text()).isEqualTo("The storm hit the coast on Monday.\nMore later.");
        assertThat(article.origin()).isEqualTo(new Origin(file.toString(), 0));
        assertThat(article.published()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.lang()).isNull();
    }

    @Test
    void theTitleIsTheFirstNonEmptyLineAndTheTextIsTrimmed() {
        Path file = write(dir, "a.txt", "\n  \n  Storm hits the coast  \nThe storm hit.  \n\n");

        RawArticle article = read(file).only();

        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(article.text()).isEqualTo("The storm hit.");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ":", ",", ";"})
    void aFirstLineEndingLikeASentenceOrLeadInIsText(String end) {
        Path file = write(dir, "a.txt", "The storm hit the coast" + end + "\nIt was Monday.\n");

        RawArticle article = read(file).only();

        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("The storm hit the coast" + end + "\nIt was Monday.");
    }

    @Test
    void aQuestionCanBeATitle() {
        RawArticle article = read(write(dir, "a.txt", "Is the storm over?\nNot yet.")).only();

        assertThat(article.title()).isEqualTo("Is the storm over?");
        assertThat(article.text()).isEqualTo("Not yet.");
    }

    @Test
    void twentyWordsCanBeATitleTwentyOneCannot() {
        String twenty = words(20);
        String twentyOne = words(21);

        RawArticle withTitle = read(write(dir, "a.txt", twenty + "\nBody.")).only();
        RawArticle without = read(write(dir, "b.txt", twentyOne + "\nBody.")).only();

        assertThat(withTitle.title()).isEqualTo(twenty);
        assertThat(withTitle.text()).isEqualTo("Body.");
        assertThat(without.title()).isNull();
        assertThat(without.text()).isEqualTo(twentyOne + "\nBody.");
    }

    @Test
    void aHeadlineWithNothingAfterItIsTheText() {
        RawArticle article = read(write(dir, "a.txt", "\nStorm hits the coast\n\n  \n")).only();

        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("Storm hits the coast");
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkAreHandled() {
        RawArticle article = read(write(dir, "a.txt", "\uFEFFStorm hits\r\n\r\nLine one.\r\nLine two.\r\n")).only();

        assertThat(article.title()).isEqualTo("Storm hits");
        assertThat(article.text()).isEqualTo("Line one.\r\nLine two.");
    }

    @Test
    void gzippedTextIsReadAndTheIdDropsEveryExtension() {
        Path file = write(dir, "a.txt.gz", gzip("Storm hits the coast\nThe storm hit.\n"));

        RawArticle article = read(file).only();

        assertThat(article.id()).isEqualTo("a");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(article.text()).isEqualTo("The storm hit.");
    }

    @Test
    void theIdKeepsDotsThatAreNotInputExtensions() {
        assertThat(read(write(dir, "report.v2.TXT", "Body.")).only().id()).isEqualTo("report.v2");
    }

    @Test
    void textThatIsNotUtf8IsSkippedWithTheByteOffset() {
        Path file = write(dir, "latin1.txt", bytes("Caf\\xe9 opens\n\nThe caf\\xe9 opened."));

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        IngestProblem problem = run.onlyProblem();
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.toString()).isEqualTo(file + ": not valid UTF-8 (at byte offset 3); skipped");
        assertThat(run.summary().rejectedRecords()).isEqualTo(1);
        assertThat(run.summary().errors()).isEqualTo(1);
    }

    @Test
    void binaryJunkIsSkipped() {
        byte[] junk = new byte[300];
        Arrays.fill(junk, (byte) 'A');
        junk[200] = 0;
        Path file = write(dir, "junk.txt", junk);

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": binary content (NUL byte at byte offset 200), not text; skipped");
        assertThat(run.summary().errors()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r\n "})
    void anEmptyFileIsAWarning(String content) {
        Path file = write(dir, "empty.txt", content);

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.WARNING);
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ": empty file, no articles");
        assertThat(run.summary().filesRead()).isEqualTo(1);
        assertThat(run.summary().warnings()).isEqualTo(1);
        assertThat(run.summary().nothingRead()).isTrue();
    }

    @Test
    void aTruncatedGzippedTextIsSkippedBecauseTheArticleIsIncomplete() {
        byte[] whole = gzip("Storm hits\nThe storm hit.\n");
        Path file = write(dir, "a.txt.gz", Arrays.copyOf(whole, whole.length - 8)); // trailer cut

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString()).isEqualTo(
                file + ": truncated gzip after line 2; the article is incomplete and is skipped");
    }

    @Test
    void aTextLargerThanTheLimitIsSkipped() {
        Path file = write(dir, "big.txt", "Storm hits\n" + "x".repeat(100));

        Fixtures.Run run = read(new InputReader(100), file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ": file larger than 100 bytes; skipped");
    }

    private static String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : " ").append("w").append(i);
        }
        return s.toString();
    }
}
