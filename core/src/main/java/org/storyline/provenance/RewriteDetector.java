package org.storyline.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.embed.Embedder;
import org.storyline.text.Terms;

/**
 * Finds rewrites and independent reports among texts: candidate pairs from {@link RewriteCandidates}, then a
 * sentence alignment ({@link SentenceAligner}) of each. Only the texts that take part in a candidate pair are
 * embedded, in one batch. Deterministic: the links come sorted by pair.
 */
public final class RewriteDetector {
    /** A compared pair with its verdict. */
    public record Link(String a, String b, PairVerdict verdict, Alignment alignment) {}

    private final RewriteSettings settings;
    private final TextPreparer preparer;
    private final SentenceAligner aligner;
    private final RewriteCandidates candidates;

    public RewriteDetector(RewriteSettings settings, Embedder embedder, Terms terms) {
        this.settings = settings;
        this.preparer = new TextPreparer(embedder, settings);
        this.aligner = new SentenceAligner(settings);
        this.candidates = new RewriteCandidates(settings, terms);
    }

    public RewriteSettings settings() {
        return settings;
    }

    public SentenceAligner aligner() {
        return aligner;
    }

    public TextPreparer preparer() {
        return preparer;
    }

    /** The verdicts on the candidate pairs among {@code docs} that involve at least one new text. */
    public List<Link> detect(List<RewriteCandidates.Doc> docs) {
        List<RewriteCandidates.Pair> pairs = candidates.pairs(docs);
        if (pairs.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> used = new TreeSet<>();
        for (RewriteCandidates.Pair p : pairs) {
            used.add(p.a());
            used.add(p.b());
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i : used) {
            ids.add(docs.get(i).id());
            texts.add(docs.get(i).text());
        }
        List<PreparedText> prepared = preparer.prepareAll(ids, texts);
        Map<Integer, PreparedText> byIndex = new TreeMap<>();
        int k = 0;
        for (int i : used) {
            byIndex.put(i, prepared.get(k++));
        }
        List<Link> out = new ArrayList<>();
        for (RewriteCandidates.Pair p : pairs) {
            PreparedText a = byIndex.get(p.a());
            PreparedText b = byIndex.get(p.b());
            Alignment al = aligner.align(a, b);
            out.add(new Link(a.id(), b.id(), aligner.verdict(a, b, al), al));
        }
        return out;
    }

    /** Compares two texts directly (no candidate search). */
    public Link compare(String idA, String textA, String idB, String textB) {
        List<PreparedText> p = preparer.prepareAll(List.of(idA, idB), List.of(textA, textB));
        Alignment al = aligner.align(p.get(0), p.get(1));
        return new Link(idA, idB, aligner.verdict(p.get(0), p.get(1), al), al);
    }
}
