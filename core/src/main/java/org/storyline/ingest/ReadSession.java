package org.storyline.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<String, Long> skipped = new TreeMap<>();
    private final FeedIndex feeds = new FeedIndex();

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

    /** The feed items read so far; {@link #offer} completes articles from them. */
    FeedIndex feeds() {
        return feeds;
    }

    void fileRead() {
        filesRead++;
    }

    void fileIgnored() {
        ignoredFiles++;
    }

    /**
     * Hands {@code article} to the sink unless its id was read before: with the same text it is skipped as a
     * repeat, with a different text it is rejected and the first one stays. An article whose URL a feed item has
     * gets the item's metadata where its own is missing, and the item is retired.
     */
    void offer(RawArticle offered) {
        RawArticle article = feeds.complete(offered);
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
            reject(article.origin(), "id clash", "id " + article.id() + " already read from " + first.origin()
                    + "; this record has a different text and is skipped");
        }
    }

    /** A record that is skipped because of an error in it; the reason is the message up to its first detail. */
    void reject(Origin origin, String message) {
        reject(origin, reason(message), message);
    }

    /** A record that is skipped because of an error in it, counted under {@code reason} in the summary. */
    void reject(Origin origin, String reason, String message) {
        rejected++;
        skipped.merge(reason, 1L, Long::sum);
        error(origin, message);
    }

    /** "malformed JSON (Unexpected ...) at column 3; record skipped" gives "malformed JSON". */
    private static String reason(String message) {
        int end = message.length();
        for (char c : new char[] {'(', ';', ','}) {
            int i = message.indexOf(c);
            if (i > 0) {
                end = Math.min(end, i);
            }
        }
        return message.substring(0, end).strip();
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
        return new IngestSummary(filesRead, articles, rejected, repeated, ignoredFiles, errors, warnings, skipped);
    }
}
