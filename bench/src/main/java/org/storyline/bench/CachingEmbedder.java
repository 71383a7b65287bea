package org.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.storyline.embed.Embedder;

/** Remembers the vectors of texts embedded before (the generator embeds each base article's sentences once). */
final class CachingEmbedder implements Embedder {
    private final Embedder delegate;
    private final Map<String, float[]> cache = new HashMap<>();
    private long embedded;

    CachingEmbedder(Embedder delegate) {
        this.delegate = delegate;
    }

    /** Texts embedded by the model so far (cache misses). */
    long embedded() {
        return embedded;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts.stream().filter(t -> !cache.containsKey(t))
                .toList()));
        if (!missing.isEmpty()) {
            List<float[]> vs = delegate.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vs.get(i));
            }
            embedded += missing.size();
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(cache.get(t)));
        return out;
    }
}
