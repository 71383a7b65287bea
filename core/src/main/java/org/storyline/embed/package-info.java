/**
 * Dense text embeddings for semantic similarity: an {@link org.storyline.embed.Embedder} maps a text to a unit
 * vector, so that cosine similarity is a dot product ({@link org.storyline.embed.Vectors}). The default model,
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), runs in process through ONNX Runtime and ships inside a Maven
 * artifact: nothing is downloaded at run time.
 */
package org.storyline.embed;
