package org.storyline.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.text.Sentences;
import org.storyline.text.Terms;

/**
 * First-version event summaries: pick the event's most central article (largest term overlap with the other
 * members, earliest on ties), take its title as the headline (or its first sentence when it has none) and its
 * lead sentences as the summary.
 */
public final class LeadSummarizer {
    private static final int MAX_COMPARED = 50;

    private final Terms terms;
    private final int summaryWords;

    public LeadSummarizer(Terms terms, int summaryWords) {
        if (summaryWords < 5) {
            throw new IllegalArgumentException("summaryWords must be >= 5, got " + summaryWords);
        }
        this.terms = terms;
        this.summaryWords = summaryWords;
    }

    /** Headline and summary of an event, and the article they were taken from. */
    public record EventText(String headline, String summary, String articleId) {}

    /** @param members the event's articles, originals before copies, in chronological order */
    public EventText summarize(List<Article> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one article");
        }
        List<Article> pool = members.stream().filter(a -> a.duplicateOf() == null).limit(MAX_COMPARED).toList();
        if (pool.isEmpty()) {
            pool = members.subList(0, Math.min(MAX_COMPARED, members.size()));
        }
        List<Set<String>> sets = new ArrayList<>();
        for (Article a : pool) {
            sets.add(new HashSet<>(terms.of(a.body())));
        }
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < pool.size(); i++) {
            double score = 0;
            for (int j = 0; j < pool.size(); j++) {
                if (i != j) {
                    score += jaccard(sets.get(i), sets.get(j));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        Article rep = pool.get(best);
        List<Sentences.Sentence> sentences = Sentences.split(rep.body());
        String headline = rep.title() != null && !rep.title().isBlank()
                ? rep.title().strip()
                : sentences.isEmpty() ? rep.id() : words(sentences.get(0).text(), 16);
        StringBuilder summary = new StringBuilder();
        int count = 0;
        for (Sentences.Sentence s : sentences) {
            if (count >= summaryWords) {
                break;
            }
            if (!summary.isEmpty()) {
                summary.append(' ');
            }
            summary.append(s.text());
            count += s.text().split("\\s+").length;
        }
        return new EventText(headline, summary.toString(), rep.id());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String t : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(t)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static String words(String text, int max) {
        String[] w = text.split("\\s+");
        if (w.length <= max) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, max)) + "…";
    }

    /** Orders articles as {@link #summarize} expects: originals first, then by date (undated last), then id. */
    public static Comparator<Article> memberOrder() {
        return Comparator.comparing((Article a) -> a.duplicateOf() != null)
                .thenComparing(a -> a.isDated() ? a.dating().date() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id);
    }
}
