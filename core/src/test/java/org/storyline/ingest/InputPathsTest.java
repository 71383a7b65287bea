package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.jsonl;
import static org.storyline.ingest.Fixtures.read;
import static org.storyline.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.IngestProblem.Severity;
import org.storyline.model.Origin;

class InputPathsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingPathIsAnError() {
        Path missing = dir.resolve("missing.jsonl");

        Fixtures.Run run = read(missing);

        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.ERROR);
        assertThat(run.onlyProblem().toString()).isEqualTo(missing + ": no such file or directory");
        assertThat(run.summary()).isEqualTo(new IngestSummary(0, 0, 0, 0, 0, 1, 0));
        assertThat(run.summary().nothingRead()).isTrue();
    }

    @Test
    void aNamedFileOfUnknownTypeIsAnError() {
        Path file = write(dir, "notes.md", "# Notes\n");

        Fixtures.Run run = read(file);

        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": unknown file type; expected " + InputFormat.description());
        assertThat(run.summary().ignoredFiles()).isZero();
        assertThat(run.summary().filesRead()).isZero();
    }

    @Test
    void anUnreadableFileIsAnError() throws IOException {
        Path file = write(dir, "a.jsonl", jsonl("{\"id\":\"a\",\"text\":\"x\"}"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("runs as a user that permissions can stop (not root)").isFalse();

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().toString()).isEqualTo(file + ": cannot read file (permission denied)");
    }

    @Test
    void directoriesAreWalkedInSortedOrderSkippingHiddenAndCountingOtherTypes() {
        // Written out of order on purpose: the file system's order must not matter.
        write(dir, "c.txt.gz", gzip("Gamma news\nGamma body."));
        write(dir, "b/2.txt", "Two.");
        write(dir, "notes.md", "not an input");
        write(dir, "a.jsonl", jsonl("{\"id\":\"a1\",\"text\":\"x\"}", "{\"id\":\"a2\",\"text\":\"y\"}"));
        write(dir, ".hidden.txt", "Hidden.");
        write(dir, ".git/x.txt", "Hidden too.");
        write(dir, "b/1.txt", "One.");
        write(dir, "b/readme.pdf", "%PDF-1.4 not an input");
        write(dir, "a/z.txt", "Zed.");

        Fixtures.Run first = read(dir);
        Fixtures.Run second = read(dir);

        assertThat(first.problems()).isEmpty();
        assertThat(first.ids()).containsExactly("z", "a1", "a2", "1", "2", "c");
        assertThat(first.articles()).extracting(a -> a.origin().toString()).containsExactly(
                dir.resolve("a/z.txt").toString(),
                dir.resolve("a.jsonl") + ":1",
                dir.resolve("a.jsonl") + ":2",
                dir.resolve("b/1.txt").toString(),
                dir.resolve("b/2.txt").toString(),
                dir.resolve("c.txt.gz").toString());
        assertThat(first.summary()).isEqualTo(new IngestSummary(5, 6, 0, 0, 2, 0, 0));
        assertThat(second.articles()).isEqualTo(first.articles());
    }

    @Test
    void inputsAreReadInTheGivenOrderAndANamedHiddenFileIsRead() {
        Path c = write(dir, "c.txt", "Gamma.");
        Path hidden = write(dir, ".a.txt", "Alpha.");

        Fixtures.Run run = read(c, hidden);

        assertThat(run.ids()).containsExactly("c", ".a");
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        write(dir, "root/a.txt", "Alpha.");
        Files.createSymbolicLink(dir.resolve("root/loop"), dir.resolve("root"));

        Fixtures.Run run = read(dir.resolve("root"));

        assertThat(run.ids()).containsExactly("a");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.WARNING);
        assertThat(run.onlyProblem().toString()).startsWith(dir.resolve("root/loop") + ": symbolic link loop back to ");
    }

    @Test
    void aBrokenLinkIsAnErrorAndTheRestOfTheDirectoryIsStillRead() throws IOException {
        write(dir, "in/a.txt", "Alpha.");
        Files.createSymbolicLink(dir.resolve("in/b.jsonl"), dir.resolve("gone.jsonl"));
        write(dir, "in/c.txt", "Gamma.");
        Path named = Files.createSymbolicLink(dir.resolve("named.txt"), dir.resolve("gone.txt"));

        Fixtures.Run run = read(dir.resolve("in"), named);

        assertThat(run.ids()).containsExactly("a", "c");
        assertThat(run.messages()).containsExactly(
                dir.resolve("in/b.jsonl") + ": cannot read file (no such file or directory)",
                named + ": broken symbolic link");
        assertThat(run.summary().errors()).isEqualTo(2);
    }

    @Test
    void noInputsReadNothingWithoutProblems() {
        Fixtures.Run run = read();

        assertThat(run.problems()).isEmpty();
        assertThat(run.summary()).isEqualTo(new IngestSummary(0, 0, 0, 0, 0, 0, 0));
        assertThat(run.summary().nothingRead()).isTrue();
    }

    @Test
    void aTruncatedGzipKeepsTheArticlesBeforeTheDamage() throws IOException {
        // Three records, a sync flush so they are complete in the compressed bytes, then three more
        // incompressible ones of which only a few compressed bytes survive.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int flushedAt;
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, true)) {
            out.write(jsonl(record("a"), record("b"), record("c")).getBytes(StandardCharsets.UTF_8));
            out.flush();
            flushedAt = bytes.size();
            Random random = new Random(42);
            for (String id : new String[] {"d", "e", "f"}) {
                out.write(jsonl("{\"id\":\"" + id + "\",\"text\":\"" + randomLetters(random, 400) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = write(dir, "a.jsonl.gz", Arrays.copyOf(bytes.toByteArray(), flushedAt + 40));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "b", "c");
        assertThat(run.onlyProblem().severity()).isEqualTo(Severity.ERROR);
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": truncated gzip after line 3; the articles before it are kept");
        assertThat(run.summary()).isEqualTo(new IngestSummary(1, 3, 0, 0, 0, 1, 0));
    }

    @Test
    void aGzipCutInItsTrailerKeepsEveryRecord() {
        byte[] whole = gzip(jsonl(record("a"), record("b")));
        Path file = write(dir, "a.jsonl.gz", Arrays.copyOf(whole, whole.length - 3));

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "b");
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": truncated gzip after line 2; the articles before it are kept");
    }

    @Test
    void aGzipWithABadChecksumIsReportedAsCorrupt() {
        byte[] bytes = gzip(jsonl(record("a"), record("b")));
        bytes[bytes.length - 8] ^= 0x55; // first byte of the CRC-32 in the trailer
        Path file = write(dir, "a.jsonl.gz", bytes);

        Fixtures.Run run = read(file);

        assertThat(run.ids()).containsExactly("a", "b");
        assertThat(run.onlyProblem().toString())
                .isEqualTo(file + ": corrupt gzip after line 2 (Corrupt GZIP trailer); the articles before it are kept");
    }

    @Test
    void aGzipThatIsOnlyAHeaderStartIsTruncated() {
        Path file = write(dir, "a.jsonl.gz", new byte[] {0x1f, (byte) 0x8b, 8});

        Fixtures.Run run = read(file);

        assertThat(run.articles()).isEmpty();
        assertThat(run.onlyProblem().origin()).isEqualTo(new Origin(file.toString(), 0));
        assertThat(run.onlyProblem().message()).startsWith("truncated gzip after line 0");
    }

    private static String record(String id) {
        return "{\"id\":\"" + id + "\",\"text\":\"Text of " + id + ".\"}";
    }

    private static String randomLetters(Random random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
