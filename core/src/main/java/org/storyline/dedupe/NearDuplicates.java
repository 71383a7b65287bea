package org.storyline.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.storyline.model.Article;
import org.storyline.model.Derivation;

/**
 * Marks near copies in a batch that {@link ExactDuplicates} has marked already, comparing title and body
 * ({@link #text}) with everything indexed before (earlier batches, earlier runs) and earlier in the batch, in
 * batch order:
 *
 * <ul>
 *   <li>an article whose shingle Jaccard with an indexed one is at least the threshold becomes a
 *       {@link org.storyline.model.Relation#NEAR_COPY near copy}: {@code derivation} names the most similar
 *       version and the similarity, {@code duplicateOf} the original of that version's family;
 *   <li>an exact copy keeps its derivation (the version with the same text) and gets {@code duplicateOf} = that
 *       version's original, so that a copy of a near copy points at the family's original too;
 *   <li>everything else, and texts without words, stay originals.
 * </ul>
 *
 * Near copies and originals are indexed (so a later version is compared with every earlier one, not only the
 * original); exact copies are not. Sketches are computed in parallel, decisions sequentially, so the result does
 * not depend on the number of threads. Not thread-safe.
 */
public final class NearDuplicates {
    private final NearDuplicateIndex index;
    private final Sketcher sketcher;

    /** @param index what was seen before; updated by {@link #mark} */
    public NearDuplicates(NearDuplicateIndex index) {
        this.index = index;
        this.sketcher = new Sketcher(index.settings());
    }

    public NearDuplicateIndex index() {
        return index;
    }

    /**
     * The batch, marked, and the sketches of the articles that were indexed (for storing with them).
     *
     * @param articles  the batch in order, with {@code duplicateOf} set on exact copies
     * @param sketches  per indexed article id, its sketch
     */
    public record Marked(List<Article> articles, Map<String, TextSketch> sketches) {
        public Marked {
            articles = List.copyOf(articles);
            sketches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sketches));
        }

        /** Number of near copies in the batch. */
        public long nearCopies() {
            return articles.stream().filter(a -> a.relation() == org.storyline.model.Relation.NEAR_COPY).count();
        }
    }

    /**
     * Marks the batch and indexes its articles.
     *
     * @throws IllegalArgumentException when an id occurs twice in the batch or was marked before (nothing is
     *                                  changed then)
     */
    public Marked mark(List<Article> batch) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Article a : batch) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("article " + a.id() + " occurs twice in the batch; nothing was marked");
            }
            if (index.contains(a.id())) {
                throw new IllegalArgumentException("article " + a.id() + " was marked in an earlier batch; nothing was marked");
            }
        }
        TextSketch[] sketches = new TextSketch[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
            Article a = batch.get(i);
            if (a.duplicateOf() == null) {
                sketches[i] = sketcher.sketch(text(a));
            }
        });
        Map<String, String> rootInBatch = new HashMap<>();
        Map<String, TextSketch> indexed = new LinkedHashMap<>();
        List<Article> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            if (a.duplicateOf() != null) {
                String version = a.derivation() != null ? a.derivation().derivedFrom() : a.duplicateOf();
                String root = rootInBatch.get(a.duplicateOf());
                if (root == null) {
                    root = index.rootOf(a.duplicateOf()).orElse(a.duplicateOf());
                }
                Article marked = a.withDuplicateOf(root);
                out.add(a.derivation() == null ? marked.withDerivation(Derivation.copyOf(version)) : marked);
                rootInBatch.put(a.id(), root);
                continue;
            }
            TextSketch sketch = sketches[i];
            if (sketch.isEmpty()) {
                out.add(a);
                rootInBatch.put(a.id(), a.id());
                continue;
            }
            Optional<NearDuplicateIndex.Match> match = index.bestMatch(sketch);
            if (match.isPresent()) {
                NearDuplicateIndex.Match m = match.get();
                out.add(a.withDuplicateOf(m.original()).withDerivation(Derivation.nearCopyOf(m.id(), m.jaccard())));
                index.add(a.id(), sketch, m.original());
                rootInBatch.put(a.id(), m.original());
            } else {
                out.add(a);
                index.add(a.id(), sketch, null);
                rootInBatch.put(a.id(), a.id());
            }
            indexed.put(a.id(), sketch);
        }
        return new Marked(out, indexed);
    }

    /**
     * What is compared: the title and the cleaned body. The title matters for short texts: wire notices with
     * one template body ("Qtly div four cts vs four cts prior") are different stories when their headlines name
     * different companies, and two headline-only briefs with the same headline are the same story.
     */
    public static String text(Article a) {
        return a.title() == null || a.title().isBlank() ? a.body() : a.title() + "\n" + a.body();
    }
}
