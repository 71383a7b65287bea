package org.storyline.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.dedupe.ContentHashStage;

/**
 * Corpus statistics for cleaning: a short line that recurs across many articles of one source is that source's
 * template ("Follow us on …", "© Harbor Wire", an outlet's standing promo), not content. Count a sample of
 * articles with {@link #add}, then ask {@link #of(String)} for a source's template lines.
 *
 * <p>A line is template when it is at most {@code maxWords} words long and appears, normalized (case, accents,
 * punctuation), in at least {@code minArticles} different articles making up at least {@code minShare} of that
 * source's articles. Sources with fewer articles than {@code minArticles} have no template lines.
 */
public final class TemplateLines {
    private final int minArticles;
    private final double minShare;
    private final int maxWords;
    private final Map<String, Map<String, Integer>> linesBySource = new HashMap<>();
    private final Map<String, Integer> articlesBySource = new HashMap<>();
    /** {@link #of} by source, computed once after the last {@link #add} (it is asked once per article). */
    private final Map<String, Set<String>> templatesBySource = new HashMap<>();

    public TemplateLines(int minArticles, double minShare, int maxWords) {
        if (minArticles < 2) {
            throw new IllegalArgumentException("minArticles must be >= 2, got " + minArticles);
        }
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("minShare must be in (0, 1], got " + minShare);
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
        }
        this.minArticles = minArticles;
        this.minShare = minShare;
        this.maxWords = maxWords;
    }

    /** Defaults: 3 articles, half of the source's, lines of up to 30 words. */
    public static TemplateLines defaults() {
        return new TemplateLines(3, 0.5, 30);
    }

    /** Counts the distinct short lines of one article of {@code source} (ignored when source is null). */
    public void add(String source, String original) {
        if (source == null || source.isBlank() || original == null) {
            return;
        }
        articlesBySource.merge(source, 1, Integer::sum);
        templatesBySource.clear();
        Set<String> seen = new HashSet<>();
        for (String line : original.split("\\R")) {
            String key = key(line);
            if (key != null && seen.add(key)) {
                linesBySource.computeIfAbsent(source, s -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
        }
    }

    /** The normalized template lines of {@code source} (empty when none or unknown). */
    public Set<String> of(String source) {
        return source == null ? Set.of() : templatesBySource.computeIfAbsent(source, this::count);
    }

    private Set<String> count(String source) {
        Integer articles = articlesBySource.get(source);
        if (articles == null || articles < minArticles) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : linesBySource.getOrDefault(source, Map.of()).entrySet()) {
            if (e.getValue() >= minArticles && e.getValue() >= minShare * articles) {
                out.add(e.getKey());
            }
        }
        return Set.copyOf(out);
    }

    /** The key a line is counted under, or null for blank lines and lines longer than the limit. */
    String key(String line) {
        String norm = ContentHashStage.normalize(line);
        if (norm.isEmpty() || List.of(norm.split(" ")).size() > maxWords) {
            return null;
        }
        return norm;
    }

    /** A line rule removing the given source's template lines. */
    public LineRule ruleFor(String source) {
        Set<String> lines = of(source);
        return new TemplateLineRule(lines, this);
    }

    /** Removes lines whose normalized form is one of a source's template lines. */
    static final class TemplateLineRule implements LineRule {
        private final Set<String> lines;
        private final TemplateLines keys;

        TemplateLineRule(Set<String> lines, TemplateLines keys) {
            this.lines = lines;
            this.keys = keys;
        }

        @Override
        public org.storyline.model.BoilerplateReason reason() {
            return org.storyline.model.BoilerplateReason.TEMPLATE_LINE;
        }

        @Override
        public boolean isBoilerplate(Line line, LineContext context) {
            if (lines.isEmpty() || !line.isWholeLine()) {
                return false;
            }
            String key = keys.key(line.text());
            return key != null && lines.contains(key);
        }
    }
}
