package org.storyline.compare;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small sentiment lexicon for news: counts of positive and negative words, and the tone they give. */
public final class ToneLexicon {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private final Set<String> positive;
    private final Set<String> negative;

    public ToneLexicon(Set<String> positive, Set<String> negative) {
        this.positive = Set.copyOf(positive);
        this.negative = Set.copyOf(negative);
    }

    public static ToneLexicon defaults() {
        return new ToneLexicon(Set.of("agreement", "agreed", "cooperation", "collaborative", "progress", "optimistic",
                "advances", "advancing", "help", "helping", "humane", "legal", "solution", "support", "willing",
                "willingness", "reopen", "reopened", "reopening", "normalize", "success", "successful", "improve",
                "improved", "peace", "safe", "relief", "recovery", "welcome", "praised", "hope", "strong",
                "robust", "assist", "aid", "benefit", "resolve", "reduction", "effective", "constructive"),
                Set.of("crisis", "illegal", "illegally", "illegals", "surge", "strain", "severity", "exacerbating",
                        "smuggling", "criminal", "trafficking", "losses", "pressure", "threat", "problem", "failed",
                        "failure", "record", "influx", "invasion", "chaos", "violence", "killed", "dead", "deaths",
                        "attack", "sanctions", "tariff", "tariffs", "not", "enough", "loopholes", "escalating",
                        "unprecedented", "deter", "closed", "closures", "stopped", "worst", "damage", "disaster",
                        "fear", "fears", "concern", "concerns", "warn", "warned", "angry", "blame"));
    }

    /** Counts of positive and negative words in {@code text}. */
    public int[] counts(String text) {
        int pos = 0;
        int neg = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (positive.contains(m.group())) {
                pos++;
            } else if (negative.contains(m.group())) {
                neg++;
            }
        }
        return new int[] {pos, neg};
    }

    /** {@code (positive − negative) / (positive + negative)}, 0 when neither occurs. */
    public static double tone(int positive, int negative) {
        return positive + negative == 0 ? 0 : (positive - negative) / (double) (positive + negative);
    }
}
