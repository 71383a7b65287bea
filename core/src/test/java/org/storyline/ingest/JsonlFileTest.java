package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.bytes;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.jsonl;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

class JsonlFileTest {

    private static final String A = "{\"id\":\"a\",\"text\":\"Alpha.\"}";
    private static final String C = "{\"id\":\"c\",\"text\":\"Gamma.\"}";

    @TempDir
    Path dir;

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        Path file = write(dir, "docs.jsonl", jsonl(
                "{\"id\":\"a\",\"title\":\"Storm\",\"text\":\"Body.\",\"published\":\"2023-12-27\",\"source\":\"bbc\","
                        + "\"url\":\"https://example.org/a\",\"lang\":\"en\",\"extra\":{\"n\":[1,2]},\"tags\":[\"x\"]}"));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.only()).isEqualTo(new RawArticle("a", "Storm", "Body.", LocalDate.of(2023, 12, 27), "bbc",
                "https://example.org/a", "en", new Origin(file.toString(), 1)));
        assertThat(run.summary()).isEqualTo(new IngestSummary(1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void absentAndNullOptionalFieldsAreNull() {
        Path file = write(dir, "docs.ndjson", jsonl(
                "{\"id\":\"a\",\"text\":\"Body.\",\"published\":null,\"title\":null,\"source\":\"\"}"));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.only()).isEqualTo(new RawArticle("a", null, "Body.", null, null, null, null,
                new Origin(file.toString(), 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-27", "2023-12-27T10:00:00Z", "2023-12-27T10:00:00", "2023-12-27T10:00",
            "2023-12-27T23:30:00.123-05:00", "2023-12-27T10:00:00+01:00[Europe/Paris]", "2023-12-27 10:00:00",
            " 2023-12-27 "})
    void publishedIsADateOrAnIsoDateTime(String published) {
        Path file = write(dir, "docs.jsonl", jsonl(
                "{\"id\":\"a\",\"text\":\"Body.\",\"published\":\"" + published + "\"}"));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.only().published()).isEqualTo(LocalDate.of(2023, 12, 27));
    }

    @Test
    void anUnparseablePublishedIsAWarningAndTheArticleIsKeptWithoutADate() {
        Path file = write(dir, "docs.jsonl", jsonl(A, "{\"id\":\"b\",\"text\":\"Beta.\",\"published\":\"27/12/2023\"}"));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "b");
        assertThat(run.articles().get(1).published()).isNull();
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.WARNING);
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ":2: \"published\" \"27/12/2023\" is not a date "
                + "(expected YYYY-MM-DD or an ISO date-time); kept without a date");
        assertThat(run.summary().warnings()).isEqualTo(1);
        assertThat(run.summary().errors()).isZero();
    }

    @Test
    void nonStringOptionalFieldsAreDroppedWithAWarningEach() {
        Path file = write(dir, "docs.jsonl", jsonl(
                "{\"id\":\"a\",\"title\":5,\"text\":\"Body.\",\"published\":20231227,\"source\":{\"n\":\"bbc\"},"
                        + "\"url\":true,\"lang\":[\"en\"]}"));

        Fixtures.Run run = read(file);

        assertThat(run.only()).isEqualTo(new RawArticle("a", null, "Body.", null, null, null, null,
                new Origin(file.toString(), 1)));
        assertThat(run.messages()).containsExactly(
                file + ":1: \"title\" is not a string but a number; ignored",
                file + ":1: \"published\" is not a string but a number; kept without a date",
                file + ":1: \"source\" is not a string but an object; ignored",
                file + ":1: \"url\" is not a string but a boolean; ignored",
                file + ":1: \"lang\" is not a string but an array; ignored");
        assertThat(run.problems()).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void blankLinesAreSkippedAndOriginsKeepThePhysicalLineNumbers() {
        Path file = write(dir, "docs.jsonl", "\n" + A + "\r\n  \n" + C);

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.articles()).extracting(a -> a.origin().line()).containsExactly(2L, 4L);
    }

    @Test
    void aMalformedLineInTheMiddleCostsThatRecordOnly() {
        Path file = write(dir, "data/a.jsonl", jsonl(A, "{\"id\":\"b\",\"text\":\"Beta.\"", C));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "c");
        IngestProblem problem = run.onlyProblem();
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.origin()).isEqualTo(new Origin(file.toString(), 2));
        assertThat(problem.toString()).startsWith(file + ":2: malformed JSON (Unexpected end-of-input")
                .endsWith("; record skipped")
                .doesNotContain("Source:");
        assertThat(run.summary()).isEqualTo(new IngestSummary(1, 2, 1, 0, 0, 1, 0, Map.of("malformed JSON", 1L)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"id\":\"b\" \"text\":\"x\"}                | malformed JSON (Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries at column 11); record skipped",
        "{\"id\":\"b\",\"text\":\"x\"} {}              | malformed JSON (more content after the JSON value at column 23); record skipped",
        "{\"id\":\"b\",\"text\":\"x\",\"id\":\"b2\"}       | malformed JSON (Duplicate field 'id' at column 26); record skipped",
        "[{\"id\":\"b\",\"text\":\"x\"}]                 | not a JSON object but an array; record skipped",
        "\"just a string\"                             | not a JSON object but a string; record skipped",
        "null                                          | not a JSON object but null; record skipped",
        "{\"text\":\"x\"}                              | missing \"id\"; record skipped",
        "{\"id\":null,\"text\":\"x\"}                  | missing \"id\"; record skipped",
        "{\"id\":\"  \",\"text\":\"x\"}                | \"id\" is blank; record skipped",
        "{\"id\":7,\"text\":\"x\"}                     | \"id\" is not a string but a number; record skipped",
        "{\"id\":\"b\"}                                | missing \"text\" or \"html\" (id b); record skipped",
        "{\"id\":\"b\",\"text\":null}                  | missing \"text\" or \"html\" (id b); record skipped",
        "{\"id\":\"b\",\"text\":[\"x\"]}               | \"text\" is not a string but an array (id b); record skipped",
    })
    void aBadRecordIsRejectedWithItsLineAndReason(String line, String message) {
        Path file = write(dir, "a.jsonl", jsonl(A, line, C));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "c");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.ERROR);
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ":2: " + message);
        assertThat(run.summary().rejectedRecords()).isEqualTo(1);
        assertThat(run.summary().errors()).isEqualTo(1);
        assertThat(run.summary().articlesRead()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"b\",\"text\":\"caf\\xe9\"}   | 21",
        "{\"id\":\"b\",\"text\":\"\\xe2\\x82\"} | 18",
        "\\xff{\"id\":\"b\",\"text\":\"x\"}      | 0",
    })
    void aLineThatIsNotUtf8IsRejected(String line, int byteOffset) {
        Path file = write(dir, "a.jsonl", bytes(jsonl(A, line, C)));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "c");
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ":2: not valid UTF-8 (at byte offset " + byteOffset + " of the line); record skipped");
        assertThat(run.summary().rejectedRecords()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstRecordIsDropped() {
        Path file = write(dir, "a.jsonl", "\uFEFF" + jsonl(A, C));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("a", "c");
    }

    @Test
    void aRecordWithNeitherTitleNorTextIsKeptWithAWarning() {
        Path file = write(dir, "a.jsonl", jsonl("{\"id\":\"a\",\"text\":\" \"}", "{\"id\":\"b\",\"title\":\"T\",\"text\":\"\"}"));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "b");
        assertThat(run.messages()).containsExactly(file + ":1: no title and blank \"text\" (id a); kept");
    }

    @Test
    void aLineLongerThanTheInternalBufferIsReadWhole() {
        String text = "word ".repeat(40_000).strip(); // 200 KB, several reads of the 64 KB buffer
        Path file = write(dir, "a.jsonl", jsonl(A, "{\"id\":\"b\",\"text\":\"" + text + "\"}", C));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.articles().get(1).text()).isEqualTo(text);
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndReadingGoesOn() {
        Path file = write(dir, "a.jsonl", jsonl(A, "{\"id\":\"b\",\"text\":\"" + "x".repeat(100) + "\"}", C));

        Fixtures.Run run = read(new InputReader(64), file);

        assertThat(run.ids()).containsExactly("a", "c");
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ":2: line longer than 64 bytes; record skipped");
    }

    @Test
    void gzippedJsonlIsReadTransparently() {
        Path file = write(dir, "a.jsonl.gz", gzip(jsonl(A, C)));

        Fixtures.Run run = read(file);

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("a", "c");
        assertThat(run.articles().get(1).origin()).isEqualTo(new Origin(file.toString(), 2));
    }

    @Test
    void gzipIsRecognisedByItsBytesNotItsName() {
        Path gzippedButNamedPlain = write(dir, "a.jsonl", gzip(jsonl(A)));
        Path plainButNamedGz = write(dir, "c.jsonl.gz", jsonl(C));

        Fixtures.Run run = read(gzippedButNamedPlain, plainButNamedGz);

        assertThat(run.problems()).isEmpty();
        assertThat(run.ids()).containsExactly("a", "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \r\n\t\n"})
    void anEmptyFileIsAWarning(String content) {
        Path file = write(dir, "a.jsonl", content);

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.WARNING);
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ": empty file, no articles");
    }

    @Test
    void binaryJunkIsOneErrorForTheWholeFile() {
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        junk[10] = 0;
        Path file = write(dir, "a.jsonl", junk);

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": binary content (NUL byte at byte offset 10), not JSONL; skipped");
    }
}
