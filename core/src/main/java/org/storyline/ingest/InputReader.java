package org.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * Reads articles from files and directories, streaming: one JSONL line or one text file is in memory at a time,
 * whatever the size of the input.
 *
 * <ul>
 *   <li>{@code .txt}: one article per file, id = file name without extensions, title by {@link TitleRule}.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one article per line,
 *       {@code {"id","title","text","published","source","url","lang"}}.</li>
 *   <li>Gzip is recognised by its magic bytes, whatever the name ({@code a.jsonl.gz}, {@code a.txt.gz}).</li>
 *   <li>Directories are walked recursively in sorted order; hidden entries are skipped, files of other types
 *       counted as ignored. A named file of another type is an error.</li>
 * </ul>
 *
 * <p>Bad input never throws: each bad record or file is reported to the {@link ProblemListener} with its
 * {@code file:line} and the reason, and reading goes on. Articles reach the sink in a deterministic order
 * (inputs in the given order, sorted directory entries, file order). Within one call an id is delivered once:
 * a repeat with the same text is skipped and counted, one with a different text is rejected.
 *
 * <p>An instance holds configuration only and may be shared; each {@link #read} call has its own state.
 *
 * <pre>{@code
 * IngestSummary summary = new InputReader().read(List.of(Path.of("data")), articles::add, System.err::println);
 * }</pre>
 */
public final class InputReader {
    /** Longest JSONL line and largest text file read by default: 64 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 << 20;

    private static final int BUFFER = 1 << 16;

    private final int maxRecordBytes;
    private final JsonlRecordParser records = new JsonlRecordParser();

    public InputReader() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    /** A reader that skips, with an error, any JSONL line or text file longer than {@code maxRecordBytes}. */
    public InputReader(int maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be >= 1, got " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Reads every input, in order, sending each article to {@code sink} and each problem to {@code problems}.
     * Exceptions thrown by the sink or the listener are not caught.
     */
    public IngestSummary read(List<Path> inputs, Consumer<RawArticle> sink, ProblemListener problems) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        ReadSession session = new ReadSession(sink, problems);
        TextFileReader text = new TextFileReader(maxRecordBytes);
        JsonlFileReader jsonl = new JsonlFileReader(maxRecordBytes, records);
        Call call = new Call(session, text, jsonl);
        for (Path input : inputs) {
            call.input(input);
        }
        return session.summary();
    }

    /** One read call: its session and its readers, which hold reusable buffers. */
    private record Call(ReadSession session, TextFileReader text, JsonlFileReader jsonl) {

        void input(Path path) {
            Origin origin = new Origin(path.toString(), 0);
            if (Files.isDirectory(path)) {
                walk(path, new ArrayDeque<>());
            } else if (Files.exists(path)) {
                Optional<InputFormat> format = InputFormat.of(fileName(path));
                if (format.isPresent()) {
                    file(path, format.get());
                } else {
                    session.error(origin, "unknown file type; expected " + InputFormat.description());
                }
            } else if (Files.isSymbolicLink(path)) {
                session.error(origin, "broken symbolic link");
            } else {
                session.error(origin, "no such file or directory");
            }
        }

        private void walk(Path directory, Deque<Path> ancestors) {
            Origin origin = new Origin(directory.toString(), 0);
            List<Path> entries = new ArrayList<>();
            Path real;
            try {
                real = directory.toRealPath();
                if (ancestors.contains(real)) {
                    session.warning(origin, "symbolic link loop back to " + real + "; skipped");
                    return;
                }
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                    stream.forEach(entries::add);
                }
            } catch (IOException e) {
                session.error(origin, "cannot list directory (" + IoMessages.describe(e) + ")");
                return;
            } catch (DirectoryIteratorException e) {
                session.error(origin, "cannot list directory (" + IoMessages.describe(e.getCause()) + ")");
                return;
            }
            entries.sort(Comparator.comparing(InputReader::fileName));
            ancestors.push(real);
            for (Path entry : entries) {
                if (fileName(entry).startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    walk(entry, ancestors);
                    continue;
                }
                Optional<InputFormat> format = InputFormat.of(fileName(entry));
                if (format.isPresent() && (Files.isRegularFile(entry) || !Files.exists(entry))) {
                    file(entry, format.get()); // a broken link is reported there
                } else {
                    session.fileIgnored(); // another type, or a device, pipe or socket
                }
            }
            ancestors.pop();
        }

        private void file(Path path, InputFormat format) {
            Origin origin = new Origin(path.toString(), 0);
            InputStream raw;
            try {
                raw = Files.newInputStream(path);
            } catch (IOException e) {
                session.error(origin, "cannot read file (" + IoMessages.describe(e) + ")");
                return;
            }
            session.fileRead();
            try (InputStream stream = raw) {
                BufferedInputStream buffered = new BufferedInputStream(stream, BUFFER);
                boolean gzip = hasGzipMagic(buffered);
                try (InputStream content = gzip ? gunzip(buffered, origin) : buffered) {
                    if (content != null) {
                        read(origin, path, format, content, gzip);
                    }
                }
            } catch (IOException e) {
                session.error(origin, "read error (" + IoMessages.describe(e) + ")");
            }
        }

        private void read(Origin origin, Path path, InputFormat format, InputStream content, boolean gzip) {
            InputHead head = InputHead.read(content);
            if (head.empty()) {
                session.warning(origin, "empty file, no articles");
                return;
            }
            int nul = head.firstNul();
            if (nul >= 0 && format == InputFormat.JSONL) {
                session.error(origin, "binary content (NUL byte at byte offset " + nul + "), not JSONL; skipped");
                return;
            }
            InputStream whole = head.rejoin(content);
            switch (format) {
                case TEXT -> text.read(origin, format.stem(fileName(path)), whole, gzip, session);
                case JSONL -> jsonl.read(origin, whole, gzip, session);
            }
        }

        /** The decompressed stream, or null (reported) when even the gzip header is bad. */
        private InputStream gunzip(InputStream in, Origin origin) throws IOException {
            try {
                return new GZIPInputStream(in, BUFFER);
            } catch (EOFException e) {
                session.error(origin, "truncated gzip after line 0 (incomplete header)");
            } catch (ZipException e) {
                session.error(origin, "corrupt gzip header (" + IoMessages.describe(e) + ")");
            }
            return null;
        }
    }

    private static boolean hasGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
