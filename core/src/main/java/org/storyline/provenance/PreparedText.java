package org.storyline.provenance;

import java.util.List;
import org.storyline.text.Sentences.Sentence;

/**
 * A text ready for alignment: its sentences (offsets into the text), their word counts, facts and embeddings, and
 * the whole text's facts and direction.
 */
public record PreparedText(String id, String text, List<Sentence> sentences, int[] words, List<List<String>> facts,
        float[][] vectors, List<String> allFacts, float[] direction) {

    public int size() {
        return sentences.size();
    }

    public int totalWords() {
        int n = 0;
        for (int w : words) {
            n += w;
        }
        return n;
    }
}
