package org.storyline.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.storyline.dedupe.ContentHashStage;
import org.storyline.dedupe.ExactDuplicates;
import org.storyline.dedupe.NearDuplicateIndex;
import org.storyline.dedupe.NearDuplicates;
import org.storyline.model.Article;
import org.storyline.model.Relation;

/**
 * What the analysis does about duplicates, without the store: per batch, content hashes (in parallel), exact
 * duplicates against a hash map of everything seen, then near duplicates (optional, for the exact-only
 * baseline). The hash map stands in for the store's hash index: it keeps the hashes of originals and near copies.
 */
final class DedupeEngine {
    private final ContentHashStage hash = new ContentHashStage();
    private final Map<String, String> idByHash = new HashMap<>();
    private final NearDuplicates near;
    private final NearDuplicateIndex index;
    private long hashNanos;
    private long exactNanos;
    private long nearNanos;

    /** @param index the near-duplicate index to use and update, or null for exact duplicates only */
    DedupeEngine(NearDuplicateIndex index) {
        this.near = index == null ? null : new NearDuplicates(index);
        this.index = index;
    }

    /** The near-duplicate index (null for exact only). */
    NearDuplicateIndex index() {
        return index;
    }

    /** An engine that continues from what this one has seen, with {@code index} (a copy of this one's). */
    DedupeEngine fork(NearDuplicateIndex index) {
        DedupeEngine e = new DedupeEngine(index);
        e.idByHash.putAll(idByHash);
        return e;
    }

    /** Hashes seen (originals and near copies). */
    int hashes() {
        return idByHash.size();
    }

    /** Marks a batch of cleaned articles (their content hash is computed here). */
    List<Article> process(List<Article> batch) {
        long t0 = System.nanoTime();
        Article[] hashed = new Article[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> hashed[i] = hash.apply(batch.get(i)));
        long t1 = System.nanoTime();
        List<Article> marked = new ExactDuplicates(h -> Optional.ofNullable(idByHash.get(h))).mark(List.of(hashed));
        long t2 = System.nanoTime();
        if (near != null) {
            marked = near.mark(marked).articles();
        }
        long t3 = System.nanoTime();
        for (Article a : marked) {
            if (a.contentHash() != null && a.relation() != Relation.COPY) {
                idByHash.putIfAbsent(a.contentHash(), a.id());
            }
        }
        hashNanos += t1 - t0;
        exactNanos += t2 - t1 + System.nanoTime() - t3;
        nearNanos += t3 - t2;
        return marked;
    }

    /** Nanoseconds spent so far in content hashing (parallel), exact marking and near marking. */
    long[] phaseNanos() {
        return new long[] {hashNanos, exactNanos, nearNanos};
    }
}
