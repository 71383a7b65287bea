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
 * Reads articles from files and directories, streaming: one JSONL line, one text file, one HTML page or one WARC
 * record is in memory at a time, whatever the size of the input.
 *
 * <ul>
 *   <li>{@code .txt}: one article per file, id = file name without extensions, title by {@link TitleRule}.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one article per line,
 *       {@code {"id","title","text" or "html","published","authors","source","url","lang"}}.</li>
 *   <li>{@code .html}, {@code .htm}: one article per page, id = file name without extensions; body and metadata
 *       by {@link org.storyline.ingest.html.HtmlExtractor}, completed from the URL and the text.</li>
 *   <li>RSS and Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}): one article per item. Feeds are read
 *       first: an item whose page is also in the input gives way to the page and only fills the page's missing
 *       metadata; the other items are delivered last, as articles of their own.</li>
 *   <li>WARC files ({@code .warc}, {@code .warc.gz}, also ARC): one article per HTML response of status 200,
 *       streamed record by record.</li>
 *   <li>The content decides the format ({@link Sniffer}): a page named {@code .txt} is read as HTML, and a file
 *       with another extension is read when its content is HTML, a feed or a WARC. Gzip is recognised by its
 *       magic bytes, whatever the name.</li>
 *   <li>Directories are walked recursively in sorted order; hidden entries are skipped, files of other types
 *       counted as ignored. A named file of another type is an error.</li>
 * </ul>
 *
 * <p>Bad input never throws: each bad record or file is reported to the {@link ProblemListener} with its
 * {@code file:line} (or record number and byte offset) and the reason, and reading goes on; the summary counts
 * the skipped records by reason. Articles reach the sink in a deterministic order (inputs in the given order,
 * sorted directory entries, file order, then the feed items that no page claimed). Within one call an id is
 * delivered once: a repeat with the same text is skipped and counted, one with a different text is rejected.
 *
 * <p>An instance holds configuration only and may be shared; each {@link #read} call has its own state.
 *
 * <pre>{@code
 * IngestSummary summary = new InputReader().read(List.of(Path.of("data")), articles::add, System.err::println);
 * }</pre>
 */
public final class InputReader {
    /** Longest JSONL line and largest text file or feed read by default: 64 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 << 20;
    /** Largest HTML page (file, WARC payload) read by default: 16 MiB; real pages are below 3 MiB. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 16 << 20;

    private static final int BUFFER = 1 << 16;

    private final int maxRecordBytes;
    private final int maxPageBytes;

    public InputReader() {
        this(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_PAGE_BYTES);
    }

    /** A reader that skips, with an error, any JSONL line or text file longer than {@code maxRecordBytes}. */
    public InputReader(int maxRecordBytes) {
        this(maxRecordBytes, Math.min(maxRecordBytes, DEFAULT_MAX_PAGE_BYTES));
    }

    /**
     * A reader that skips, with an error, any JSONL line, text file or feed longer than {@code maxRecordBytes} and
     * any HTML page longer than {@code maxPageBytes}.
     */
    public InputReader(int maxRecordBytes, int maxPageBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be >= 1, got " + maxRecordBytes);
        }
        if (maxPageBytes < 1) {
            throw new IllegalArgumentException("maxPageBytes must be >= 1, got " + maxPageBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
        this.maxPageBytes = maxPageBytes;
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
        Call call = new Call(session, maxRecordBytes, maxPageBytes);
        List<Entry> entries = new ArrayList<>();
        for (Path input : inputs) {
            call.collect(input, entries);
        }
        call.readFeeds(entries);
        for (Entry entry : entries) {
            call.process(entry);
        }
        call.deliverFeedItems();
        return session.summary();
    }

    /**
     * One thing to do, in input order: a file to read (its format by name, if any), or a problem found while
     * walking, reported when its turn comes so that messages keep the input order.
     */
    private static final class Entry {
        final Path path;
        final Optional<InputFormat> byName;
        final boolean named;
        final IngestProblem.Severity severity;
        final String message;
        InputFormat sniffed;
        boolean done;

        private Entry(Path path, Optional<InputFormat> byName, boolean named, IngestProblem.Severity severity,
                String message) {
            this.path = path;
            this.byName = byName;
            this.named = named;
            this.severity = severity;
            this.message = message;
        }

        static Entry file(Path path, boolean named) {
            return new Entry(path, InputFormat.of(fileName(path)), named, null, null);
        }

        static Entry problem(Path path, IngestProblem.Severity severity, String message) {
            return new Entry(path, Optional.empty(), true, severity, message);
        }
    }

    /** One read call: its session, its readers (which hold reusable buffers) and the feed items seen. */
    private static final class Call {
        private final ReadSession session;
        private final TextFileReader text;
        private final JsonlFileReader jsonl;
        private final HtmlFileReader html;
        private final FeedFileReader feedReader;
        private final WarcFileReader warc;
        private final FeedIndex feeds;

        Call(ReadSession session, int maxRecordBytes, int maxPageBytes) {
            this.session = session;
            this.feeds = session.feeds();
            PageArticles pages = new PageArticles();
            this.text = new TextFileReader(maxRecordBytes);
            this.jsonl = new JsonlFileReader(maxRecordBytes, new JsonlRecordParser(pages));
            this.html = new HtmlFileReader(maxPageBytes, pages);
            this.feedReader = new FeedFileReader(maxRecordBytes);
            this.warc = new WarcFileReader(maxPageBytes, pages);
        }

        void collect(Path path, List<Entry> entries) {
            if (Files.isDirectory(path)) {
                walk(path, new ArrayDeque<>(), entries);
            } else if (Files.exists(path)) {
                entries.add(Entry.file(path, true));
            } else if (Files.isSymbolicLink(path)) {
                entries.add(Entry.problem(path, IngestProblem.Severity.ERROR, "broken symbolic link"));
            } else {
                entries.add(Entry.problem(path, IngestProblem.Severity.ERROR, "no such file or directory"));
            }
        }

        private void walk(Path directory, Deque<Path> ancestors, List<Entry> out) {
            List<Path> entries = new ArrayList<>();
            Path real;
            try {
                real = directory.toRealPath();
                if (ancestors.contains(real)) {
                    out.add(Entry.problem(directory, IngestProblem.Severity.WARNING,
                            "symbolic link loop back to " + real + "; skipped"));
                    return;
                }
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                    stream.forEach(entries::add);
                }
            } catch (IOException e) {
                out.add(Entry.problem(directory, IngestProblem.Severity.ERROR,
                        "cannot list directory (" + IoMessages.describe(e) + ")"));
                return;
            } catch (DirectoryIteratorException e) {
                out.add(Entry.problem(directory, IngestProblem.Severity.ERROR,
                        "cannot list directory (" + IoMessages.describe(e.getCause()) + ")"));
                return;
            }
            entries.sort(Comparator.comparing(InputReader::fileName));
            ancestors.push(real);
            for (Path entry : entries) {
                if (fileName(entry).startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    walk(entry, ancestors, out);
                } else if (Files.isRegularFile(entry) || !Files.exists(entry)) {
                    out.add(Entry.file(entry, false)); // a broken link is reported when read
                } else {
                    session.fileIgnored(); // a device, pipe or socket
                }
            }
            ancestors.pop();
        }

        /**
         * Reads the feeds first, so that pages can take their metadata. A file is looked at here when its name
         * claims a feed or no format at all; its content decides.
         */
        void readFeeds(List<Entry> entries) {
            for (Entry entry : entries) {
                if (entry.message != null || entry.byName.isPresent() && entry.byName.get() != InputFormat.FEED) {
                    continue;
                }
                Optional<Opened> opened = open(entry, false);
                if (opened.isEmpty()) {
                    continue;
                }
                try (Opened file = opened.get()) {
                    entry.sniffed = file.format();
                    if (entry.sniffed == InputFormat.FEED) {
                        entry.done = true;
                        session.fileRead();
                        for (FeedItem item : feedReader.read(file.origin(), file.content(), file.gzip(), session)) {
                            if (!feeds.add(item)) {
                                session.info(item.origin(), "item " + item.url() + " already listed by a feed; skipped");
                            }
                        }
                    }
                } catch (IOException e) {
                    entry.done = true;
                    session.error(new Origin(entry.path.toString(), 0),
                            "read error (" + IoMessages.describe(e) + ")");
                }
            }
        }

        void process(Entry entry) {
            Origin origin = new Origin(entry.path.toString(), 0);
            if (entry.message != null) {
                if (entry.severity == IngestProblem.Severity.WARNING) {
                    session.warning(origin, entry.message);
                } else {
                    session.error(origin, entry.message);
                }
                return;
            }
            if (entry.done) {
                return;
            }
            Optional<Opened> opened = open(entry, true);
            if (opened.isEmpty()) {
                return;
            }
            try (Opened file = opened.get()) {
                read(entry, file);
            } catch (IOException e) {
                session.error(origin, "read error (" + IoMessages.describe(e) + ")");
            }
        }

        private void read(Entry entry, Opened file) {
            Origin origin = file.origin();
            String name = fileName(entry.path);
            switch (file.format()) {
                case TEXT -> text.read(origin, InputFormat.stem(name), file.content(), file.gzip(), session);
                case JSONL -> jsonl.read(origin, file.content(), file.gzip(), session);
                case HTML -> html.read(origin, InputFormat.stem(name), file.content(), file.gzip(), session);
                case WARC -> {
                    try {
                        file.close(); // jwarc reads the file itself, with its own gzip handling
                    } catch (IOException e) {
                        // closing a read stream: nothing was lost
                    }
                    warc.read(origin, entry.path, InputFormat.stem(name), session);
                }
                case FEED -> {
                    // a feed that its name hid (e.g. feed.html): its items cannot wait for the pages any more
                    for (FeedItem item : feedReader.read(origin, file.content(), file.gzip(), session)) {
                        deliver(item);
                    }
                }
            }
        }

        /** The feed items that no page claimed, as articles. */
        void deliverFeedItems() {
            for (FeedItem item : feeds.drain()) {
                deliver(item);
            }
        }

        private void deliver(FeedItem item) {
            if (item.text().isBlank() && item.title() == null) {
                session.reject(item.origin(), "empty feed item", "feed item without title or text; skipped");
                return;
            }
            String stem = InputFormat.stem(fileName(Path.of(item.origin().file())));
            session.offer(new RawArticle(ArticleIds.of(item.url(), stem, item.origin().line()), item.title(),
                    item.text(), item.published(), item.source(), item.url(), item.lang(), item.origin(),
                    item.authors(), item.dateEvidence(), null));
        }

        /**
         * Opens a file, decompresses it when it is gzip, reads its head and decides its format. Reports and returns
         * empty when it cannot be read, is empty, is binary where text is expected, or is of no known format; with
         * {@code count}, the file is counted as read (or ignored).
         */
        private Optional<Opened> open(Entry entry, boolean count) {
            Path path = entry.path;
            Origin origin = new Origin(path.toString(), 0);
            InputStream raw;
            try {
                raw = Files.newInputStream(path);
            } catch (IOException e) {
                if (count) {
                    session.error(origin, "cannot read file (" + IoMessages.describe(e) + ")");
                    entry.done = true;
                }
                return Optional.empty();
            }
            boolean ok = false;
            try {
                BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
                boolean gzip = hasGzipMagic(buffered);
                InputStream content = gzip ? gunzip(buffered, origin, count, entry) : buffered;
                if (content == null) {
                    return Optional.empty();
                }
                InputHead head = InputHead.read(content);
                Optional<InputFormat> format = decide(entry, head);
                if (format.isEmpty()) {
                    if (count) {
                        if (entry.named) {
                            session.error(origin, "unknown file type; expected " + InputFormat.description());
                        } else {
                            session.fileIgnored();
                        }
                    }
                    return Optional.empty();
                }
                if (count) {
                    session.fileRead();
                    if (head.empty()) {
                        session.warning(origin, "empty file, no articles");
                        return Optional.empty();
                    }
                    int nul = head.firstNul();
                    if (nul >= 0 && format.get() == InputFormat.JSONL) {
                        session.error(origin, "binary content (NUL byte at byte offset " + nul
                                + "), not JSONL; skipped");
                        return Optional.empty();
                    }
                }
                ok = true;
                return Optional.of(new Opened(origin, format.get(), head.rejoin(content), gzip));
            } catch (IOException e) {
                if (count) {
                    session.error(origin, "read error (" + IoMessages.describe(e) + ")");
                }
                return Optional.empty();
            } finally {
                if (!ok) {
                    closeQuietly(raw);
                }
            }
        }

        /** The format by content, else by name; a file without a known name must show its format. */
        private static Optional<InputFormat> decide(Entry entry, InputHead head) {
            if (entry.sniffed != null) {
                return Optional.of(entry.sniffed);
            }
            Optional<InputFormat> content = head.empty() ? Optional.empty()
                    : Sniffer.sniff(head.bytes(), head.length());
            if (content.isPresent() && content.get() != InputFormat.JSONL) {
                return content;
            }
            if (entry.byName.isPresent()) {
                return entry.byName;
            }
            return content.isPresent() && entry.named ? content : Optional.empty();
        }

        /** The decompressed stream, or null (reported when {@code count}) when even the gzip header is bad. */
        private InputStream gunzip(InputStream in, Origin origin, boolean count, Entry entry) throws IOException {
            try {
                return new GZIPInputStream(in, BUFFER);
            } catch (EOFException e) {
                if (count) {
                    session.fileRead();
                    session.error(origin, "truncated gzip after line 0 (incomplete header)");
                    entry.done = true;
                }
            } catch (ZipException e) {
                if (count) {
                    session.fileRead();
                    session.error(origin, "corrupt gzip header (" + IoMessages.describe(e) + ")");
                    entry.done = true;
                }
            }
            return null;
        }
    }

    /** An opened input: its decided format and its (decompressed) content; closing closes the file. */
    private record Opened(Origin origin, InputFormat format, InputStream content, boolean gzip)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written: nothing can be lost
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
