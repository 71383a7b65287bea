package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.storyline.model.RawArticle;

/** Small input files written by the tests, and a reader run that keeps everything it reports. */
final class Fixtures {
    private Fixtures() {
    }

    /** Everything one read call delivered and reported. */
    record Run(List<RawArticle> articles, List<IngestProblem> problems, IngestSummary summary) {
        List<String> ids() {
            return articles.stream().map(RawArticle::id).toList();
        }

        List<String> messages() {
            return problems.stream().map(IngestProblem::toString).toList();
        }

        RawArticle only() {
            if (articles.size() != 1) {
                throw new AssertionError("expected one article, got " + ids() + "; problems " + messages());
            }
            return articles.getFirst();
        }

        IngestProblem onlyProblem() {
            if (problems.size() != 1) {
                throw new AssertionError("expected one problem, got " + messages());
            }
            return problems.getFirst();
        }
    }

    static Run read(Path... inputs) {
        return read(new InputReader(), inputs);
    }

    static Run read(InputReader reader, Path... inputs) {
        List<RawArticle> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        IngestSummary summary = reader.read(List.of(inputs), articles::add, problems::add);
        return new Run(articles, problems, summary);
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String content) {
        return gzip(content.getBytes(UTF_8));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Bytes from a string with {@code \xNN} escapes for the bytes that are not UTF-8 text. */
    static byte[] bytes(String latin1WithEscapes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < latin1WithEscapes.length(); i++) {
            char c = latin1WithEscapes.charAt(i);
            if (c == '\\' && i + 3 < latin1WithEscapes.length() && latin1WithEscapes.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(latin1WithEscapes.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    static String jsonl(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
