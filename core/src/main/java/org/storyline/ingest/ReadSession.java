package org.storyline.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * The state of one {@link InputReader#read} call: counts, the ids seen so far, and where articles and problems
 * go. Per id it keeps only a 64-bit hash of the text and the first origin, so memory grows with the number of
 * distinct ids, never with the size of the texts.
 */
final class ReadSession {

    private record FirstSeen(long textHash, Origin origin) {
    }

    private final Consumer<RawArticle> sink;
    private final ProblemListener listener;
    private final Map<String, FirstSeen> ids = new HashMap<>();

    private int filesRead;
    private int ignoredFiles;
    private long articles;
    private long rejected;
    private long repeated;
    private long errors;
    private long warnings;

    ReadSession(Consumer<RawArticle> sink, ProblemListener listener) {
        this.sink = sink;
        this.listener = listener;
    }

    void fileRead() {
        filesRead++;
    }

    void fileIgnored() {
        ignoredFiles++;
    }

    /**
     * Hands {@code article} to the sink unless its id was read before: with the same text it is skipped as a
     * repeat, with a different text it is rejected and the first one stays.
     */
    void offer(RawArticle article) {
        long hash = TextHash.of(article.text());
        FirstSeen first = ids.putIfAbsent(article.id(), new FirstSeen(hash, article.origin()));
        if (first == null) {
            articles++;
            sink.accept(article);
        } else if (first.textHash() == hash) {
            repeated++;
            info(article.origin(), "id " + article.id() + " repeated with the same text as " + first.origin()
                    + "; skipped");
        } else {
            reject(article.origin(), "id " + article.id() + " already read from " + first.origin()
                    + "; this record has a different text and is skipped");
        }
    }

    /** A record that is skipped because of an error in it. */
    void reject(Origin origin, String message) {
        rejected++;
        error(origin, message);
    }

    void error(Origin origin, String message) {
        errors++;
        listener.report(new IngestProblem(IngestProblem.Severity.ERROR, origin, message));
    }

    void warning(Origin origin, String message) {
        warnings++;
        listener.report(new IngestProblem(IngestProblem.Severity.WARNING, origin, message));
    }

    void info(Origin origin, String message) {
        listener.report(new IngestProblem(IngestProblem.Severity.INFO, origin, message));
    }

    IngestSummary summary() {
        return new IngestSummary(filesRead, articles, rejected, repeated, ignoredFiles, errors, warnings);
    }
}
