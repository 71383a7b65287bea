package org.storyline.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.embed.Embedder;
import org.storyline.embed.Vectors;
import org.storyline.text.Sentences;
import org.storyline.text.Sentences.Sentence;

/**
 * Splits texts into sentences and embeds them. Only the first {@link RewriteSettings#maxSentences()} sentences
 * with at least one word are kept, and a sentence is embedded from its first {@value #MAX_SENTENCE_CHARS}
 * characters, so the cost of a text is bounded whatever its size.
 */
public final class TextPreparer {
    static final int MAX_SENTENCE_CHARS = 600;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Embedder embedder;
    private final int maxSentences;

    public TextPreparer(Embedder embedder, RewriteSettings settings) {
        this.embedder = embedder;
        this.maxSentences = settings.maxSentences();
    }

    public PreparedText prepare(String id, String text) {
        return prepareAll(List.of(id), List.of(text)).get(0);
    }

    /** Prepares several texts with one embedding batch. */
    public List<PreparedText> prepareAll(List<String> ids, List<String> texts) {
        List<List<Sentence>> sentences = new ArrayList<>();
        List<String> toEmbed = new ArrayList<>();
        for (String t : texts) {
            List<Sentence> kept = new ArrayList<>();
            for (Sentence s : Sentences.split(bounded(t))) {
                if (kept.size() >= maxSentences) {
                    break;
                }
                if (words(s.text()) > 0) {
                    kept.add(s);
                    toEmbed.add(s.text().length() > MAX_SENTENCE_CHARS ? s.text().substring(0, MAX_SENTENCE_CHARS)
                            : s.text());
                }
            }
            sentences.add(kept);
        }
        List<float[]> vectors = toEmbed.isEmpty() ? List.of() : embedder.embedAll(toEmbed);
        List<PreparedText> out = new ArrayList<>(texts.size());
        int next = 0;
        for (int k = 0; k < texts.size(); k++) {
            List<Sentence> ss = sentences.get(k);
            int[] words = new int[ss.size()];
            float[][] vs = new float[ss.size()][];
            List<List<String>> facts = new ArrayList<>();
            LinkedHashSet<String> all = new LinkedHashSet<>();
            List<float[]> weighted = new ArrayList<>();
            for (int i = 0; i < ss.size(); i++) {
                words[i] = words(ss.get(i).text());
                vs[i] = vectors.get(next++);
                List<String> f = Facts.of(ss.get(i).text());
                facts.add(f);
                all.addAll(f);
                weighted.add(vs[i]);
            }
            float[] direction = Vectors.meanDirection(weighted, embedder.dimension());
            out.add(new PreparedText(ids.get(k), texts.get(k) == null ? "" : texts.get(k), List.copyOf(ss), words,
                    List.copyOf(facts), vs, List.copyOf(all), direction));
        }
        return out;
    }

    /** Sentence splitting looks at the text only as far as {@code maxSentences} sentences can reach (≈ 2 kB each). */
    private String bounded(String t) {
        if (t == null) {
            return "";
        }
        long limit = (long) maxSentences * 2 * MAX_SENTENCE_CHARS * 2;
        return t.length() > limit ? t.substring(0, (int) limit) : t;
    }

    static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
