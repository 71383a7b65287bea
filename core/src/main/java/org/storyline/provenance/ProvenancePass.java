package org.storyline.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.embed.Embedder;
import org.storyline.model.Article;
import org.storyline.model.Provenance;
import org.storyline.model.ProvenanceLink;
import org.storyline.model.Relation;
import org.storyline.text.Terms;

/**
 * The provenance pass over a whole collection, after the duplicate stages: the originals of the copy groups that
 * are new in this run are compared with all originals ({@link RewriteDetector}); the new links are added to the
 * ones stored with the articles, and families are recomputed from all of them ({@link Families}). When events are
 * known, only versions in the same event are compared (rewrites of one story are clustered together). Slower than the
 * duplicate stages (sentence embeddings), so it runs once per analysis, not per batch. The embedder is only asked
 * for when there is a candidate pair.
 */
public final class ProvenancePass {
    /**
     * Texts shorter than this are not compared: too little to align (the duplicate stages still cover them), and
     * a collection of one-line notices would make many candidates for nothing.
     */
    static final int MIN_WORDS = 30;
    private final RewriteSettings settings;
    private final Supplier<Embedder> embedder;
    private final Terms terms;

    public ProvenancePass(RewriteSettings settings, Supplier<Embedder> embedder, Terms terms) {
        this.settings = settings;
        this.embedder = embedder;
        this.terms = terms;
    }

    /**
     * The articles whose provenance changed, with their new provenance.
     *
     * @param all    every article of the collection
     * @param newIds the articles added in this run
     * @param eventOf the event of an article when known: two versions that are no rewrite are independent reports
     *                when they are in the same event, unrelated when in different ones (without events, the
     *                texts' cosine decides, {@link RewriteSettings#sameEventThreshold()})
     */
    public List<Article> run(List<Article> all, Set<String> newIds, java.util.function.Function<String, String> eventOf) {
        Map<String, Article> byId = new LinkedHashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        Map<String, List<ProvenanceLink>> links = new HashMap<>();
        for (Article a : all) {
            if (a.provenance() != null) {
                links.put(a.id(), new ArrayList<>(a.provenance().links()));
            }
        }
        List<RewriteCandidates.Doc> docs = new ArrayList<>();
        for (Article a : all) {
            if ((a.duplicateOf() == null || !byId.containsKey(a.duplicateOf()))
                    && TextPreparer.words(a.body()) >= MIN_WORDS) {
                docs.add(new RewriteCandidates.Doc(a.id(), a.body(), a.isDated() ? a.dating().date() : null,
                        a.isDated() ? a.dating().latest() : null, newIds.contains(a.id()), eventOf.apply(a.id())));
            }
        }
        boolean anyNew = docs.stream().anyMatch(RewriteCandidates.Doc::isNew);
        if (anyNew && docs.size() > 1) {
            RewriteDetector detector = new LazyDetector().get();
            for (RewriteDetector.Link l : detector.detect(docs)) {
                PairVerdict v = l.verdict();
                String ea = eventOf.apply(l.a());
                String eb = eventOf.apply(l.b());
                if (v != PairVerdict.REWRITE && ea != null && eb != null) {
                    v = ea.equals(eb) ? PairVerdict.INDEPENDENT : PairVerdict.UNRELATED;
                }
                if (v == PairVerdict.UNRELATED) {
                    continue;
                }
                Relation verdict = v == PairVerdict.REWRITE ? Relation.REWRITE : Relation.INDEPENDENT;
                addLink(links, l.a(), new ProvenanceLink(l.b(), verdict, l.alignment().similarity(),
                        l.alignment().passages()));
                addLink(links, l.b(), new ProvenanceLink(l.a(), verdict, l.alignment().similarity(),
                        l.alignment().passages().stream().map(p -> p.swapped()).toList()));
            }
        }
        Map<String, Provenance> assigned = Families.assign(all, links);
        List<Article> changed = new ArrayList<>();
        for (Article a : all) {
            Provenance p = assigned.get(a.id());
            if (!Objects.equals(p, a.provenance())) {
                changed.add(a.withProvenance(p));
            }
        }
        return changed;
    }

    private static void addLink(Map<String, List<ProvenanceLink>> links, String id, ProvenanceLink link) {
        List<ProvenanceLink> list = links.computeIfAbsent(id, k -> new ArrayList<>());
        list.removeIf(l -> l.other().equals(link.other()));
        list.add(link);
        list.sort(java.util.Comparator.comparing(ProvenanceLink::other));
    }

    /** Builds the detector (and so the embedder) only when needed. */
    private final class LazyDetector implements Supplier<RewriteDetector> {
        @Override
        public RewriteDetector get() {
            return new RewriteDetector(settings, new LazyEmbedder(embedder), terms);
        }
    }

    /** An embedder that asks its supplier on first use. */
    private static final class LazyEmbedder implements Embedder {
        private final Supplier<Embedder> supplier;
        private Embedder delegate;

        LazyEmbedder(Supplier<Embedder> supplier) {
            this.supplier = supplier;
        }

        private Embedder delegate() {
            if (delegate == null) {
                delegate = supplier.get();
            }
            return delegate;
        }

        @Override
        public int dimension() {
            return delegate().dimension();
        }

        @Override
        public float[] embed(String text) {
            return delegate().embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return delegate().embedAll(texts);
        }
    }
}
