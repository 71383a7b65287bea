package org.storyline.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into index terms with Lucene's English analysis chain (standard tokenizer, possessives, lower case,
 * stop words, Porter stemming). Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class Terms implements AutoCloseable {
    private final Analyzer analyzer;

    public Terms() {
        this.analyzer = new EnglishAnalyzer();
    }

    /** The terms of {@code text} in order, with repeats. */
    public List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1 || Character.isDigit(term.charAt(0))) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
