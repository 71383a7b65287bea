package org.storyline.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.model.Article;
import org.storyline.model.Derivation;

/**
 * Marks exact duplicates: an article whose content hash was seen before (in the store or earlier in the batch)
 * gets {@code duplicateOf} = the id of the first article with that hash, and a {@link Derivation#copyOf copy}
 * derivation from it. The batch is processed in order.
 */
public final class ExactDuplicates {
    private final Function<String, Optional<String>> storedIdByHash;

    /** @param storedIdByHash looks a hash up among articles stored by earlier runs */
    public ExactDuplicates(Function<String, Optional<String>> storedIdByHash) {
        this.storedIdByHash = storedIdByHash;
    }

    public List<Article> mark(List<Article> batch) {
        Map<String, String> firstInBatch = new HashMap<>();
        List<Article> out = new ArrayList<>(batch.size());
        for (Article a : batch) {
            String hash = a.contentHash();
            if (hash == null) {
                out.add(a);
                continue;
            }
            String original = firstInBatch.get(hash);
            if (original == null) {
                original = storedIdByHash.apply(hash).orElse(null);
            }
            if (original == null || original.equals(a.id())) {
                firstInBatch.putIfAbsent(hash, a.id());
                out.add(a);
            } else {
                out.add(a.withDuplicateOf(original).withDerivation(Derivation.copyOf(original)));
            }
        }
        return out;
    }
}
