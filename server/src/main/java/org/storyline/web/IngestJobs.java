package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.analyze.AnalysisListener;

/**
 * Ingest jobs: an upload is checked, written to a temporary file and analysed into the library's store by one
 * background worker, one job at a time; the library serves the new snapshot when a job is done. The last
 * {@link #KEPT} jobs can be asked about.
 */
final class IngestJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    static final int KEPT = 100;
    private static final int MAX_PROBLEMS = 20;

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What a job reports; {@code result} once done, {@code error} once failed. */
    record Status(String id, State state, long bytes, long articlesRead, long articlesAdded, String phase,
            Result result, List<String> problems, String error) {}

    record Result(long read, long added, long skipped, long rejected, long duplicates, int events, int storylines,
            int indexed, double seconds) {}

    private final Library library;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storyline-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    });
    private long next;

    IngestJobs(Library library) {
        this.library = library;
    }

    private static final class Job {
        final String id;
        final long bytes;
        volatile State state = State.QUEUED;
        volatile long read;
        volatile long added;
        volatile String phase = "queued";
        volatile Result result;
        volatile String error;
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        Job(String id, long bytes) {
            this.id = id;
            this.bytes = bytes;
        }

        Status status() {
            List<String> p;
            synchronized (problems) {
                p = List.copyOf(problems);
            }
            return new Status(id, state, bytes, read, added, phase, result, p, error);
        }

        void problem(String p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }
    }

    /** Checks a JSONL upload and queues it; a bad line is a {@link BadRequest} naming it. */
    Status submit(byte[] jsonl) throws IOException {
        if (library.store().isEmpty()) {
            throw new BadRequest("this server serves a fixed collection; ingest needs a store (storyline serve --store)");
        }
        int lines = check(jsonl);
        if (lines == 0) {
            throw new BadRequest("the upload holds no article (one JSON object per line)");
        }
        Path file = Files.createTempFile("storyline-ingest-", ".jsonl");
        Files.write(file, jsonl);
        Job job;
        synchronized (jobs) {
            job = new Job("job-" + (++next), jsonl.length);
            jobs.put(job.id, job);
        }
        worker.execute(() -> run(job, file));
        return job.status();
    }

    Optional<Status> status(String id) {
        Job j = jobs.get(id);
        return j == null ? Optional.empty() : Optional.of(j.status());
    }

    private void run(Job job, Path file) {
        job.state = State.RUNNING;
        job.phase = "analysing";
        try {
            Library.Ingested done = library.ingest(List.of(file), new AnalysisListener() {
                @Override
                public void batchCommitted(long articlesSoFar, long addedSoFar) {
                    job.read = articlesSoFar;
                    job.added = addedSoFar;
                }

                @Override
                public void rejected(String message) {
                    job.problem(message);
                }

                @Override
                public void deriving() {
                    job.phase = "deriving events and storylines, indexing";
                }
            }, p -> job.problem(p.toString()));
            var a = done.analysis();
            job.read = a.read();
            job.added = a.added();
            job.result = new Result(a.read(), a.added(), a.skipped(), a.rejected(), a.duplicates(), a.events(),
                    a.storylines(), done.search().added(), a.seconds());
            job.phase = "done";
            job.state = State.DONE;
        } catch (Exception | Error e) {
            LOG.error("ingest {} failed", job.id, e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.phase = "failed";
            job.state = State.FAILED;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete {}", file, e);
            }
        }
    }

    /** Counts the articles of a JSONL upload; fails on the first line that is not one. */
    private int check(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("the upload is not UTF-8 text");
        }
        int n = 0;
        int lineNo = 0;
        for (String line : text.split("\\R", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new BadRequest("line " + lineNo + ": not valid JSON ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (node == null || !node.isObject()) {
                throw new BadRequest("line " + lineNo + ": expected a JSON object");
            }
            if (!node.path("id").isTextual() || node.path("id").asText().isBlank()) {
                throw new BadRequest("line " + lineNo + ": \"id\" (a non-empty string) is required");
            }
            if (!node.path("text").isTextual() && !node.path("html").isTextual()) {
                throw new BadRequest("line " + lineNo + ": \"text\" or \"html\" (a string) is required");
            }
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
