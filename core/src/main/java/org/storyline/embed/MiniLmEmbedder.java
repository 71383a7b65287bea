package org.storyline.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantized) through langchain4j's in-process ONNX runtime: 384 dimensions, texts longer than
 * the model's 256 word pieces are embedded in parts and averaged by the library. The model is loaded on first use.
 */
public final class MiniLmEmbedder implements Embedder {
    public static final int DIMENSION = 384;

    private final Executor executor;
    private volatile EmbeddingModel model;

    /** Batches are embedded on the calling thread. */
    public MiniLmEmbedder() {
        this(Runnable::run);
    }

    /** Batches are spread over the given executor (e.g. one thread per core). */
    public MiniLmEmbedder(Executor executor) {
        this.executor = executor;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        return Vectors.normalized(model().embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                segments.add(TextSegment.from(t));
            }
        }
        List<Embedding> embedded = segments.isEmpty() ? List.of() : model().embedAll(segments).content();
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                out.add(Vectors.normalized(embedded.get(next++).vector()));
            } else {
                out.add(new float[DIMENSION]);
            }
        }
        return out;
    }
}
