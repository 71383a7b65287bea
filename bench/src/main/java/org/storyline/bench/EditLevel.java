package org.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.text.Sentences;

/**
 * Controlled edits that derive a test copy from a real article, from trivial to a spun rewrite. Each edit is a
 * pure function of the text, a seeded random source and a vocabulary of replacement words.
 */
enum EditLevel {
    /** White space collapsed, first sentence upper-cased: the same normalized text. */
    EXACT("exact copy (case, spacing)", true),
    /** A header line and two footer lines of typical web boilerplate. */
    BOILERPLATE("boilerplate added", true),
    /** One sentence removed. */
    DROP_SENTENCE("1 sentence dropped", true),
    /** One sentence moved to another place. */
    REORDER("1 sentence moved", true),
    /** A quarter of the sentences removed. */
    DROP_QUARTER("25% of sentences dropped", true),
    /** 10% of the words replaced by other words. */
    REPLACE_10("10% of words replaced", false),
    /** 20% of the words replaced. */
    REPLACE_20("20% of words replaced", false),
    /** 40% of the words replaced. */
    REPLACE_40("40% of words replaced", false),
    /** In every sentence with a comma, the clauses around the first comma swapped. */
    CLAUSES("clauses reordered (paraphrase-like)", false);

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final List<String> HEADERS = List.of("Advertisement", "Share this article", "Listen to this story",
            "Skip to main content");
    private static final List<String> FOOTERS = List.of(
            "Sign up for our daily newsletter to get the top stories in your inbox every morning.",
            "Follow us on Twitter and Facebook for the latest updates.",
            "Copyright 2024 The Daily Courier. All rights reserved. This material may not be published, broadcast,"
                    + " rewritten or redistributed.",
            "Click here to read more stories from our business desk.",
            "Please support independent journalism: donate today.",
            "Related: Markets close higher as investors weigh rate outlook");

    private final String label;
    private final boolean nearCopy;

    EditLevel(String label, boolean nearCopy) {
        this.label = label;
        this.nearCopy = nearCopy;
    }

    String label() {
        return label;
    }

    /** True for the levels that are copies with edits (near copies), false for rewrites and paraphrases. */
    boolean nearCopy() {
        return nearCopy;
    }

    String apply(String text, SplittableRandom random, List<String> vocabulary) {
        return switch (this) {
            case EXACT -> {
                List<String> s = sentences(text);
                s.set(0, s.get(0).toUpperCase(java.util.Locale.ROOT));
                yield String.join("  ", s).replaceAll("\\s+", " ");
            }
            case BOILERPLATE -> HEADERS.get(random.nextInt(HEADERS.size())) + "\n\n" + text + "\n\n"
                    + FOOTERS.get(random.nextInt(FOOTERS.size())) + "\n\n" + FOOTERS.get(random.nextInt(FOOTERS.size()));
            case DROP_SENTENCE -> drop(text, 1, random);
            case DROP_QUARTER -> drop(text, Math.max(1, sentences(text).size() / 4), random);
            case REORDER -> {
                List<String> s = sentences(text);
                if (s.size() < 2) {
                    yield text;
                }
                int from = random.nextInt(s.size());
                String moved = s.remove(from);
                int to = random.nextInt(s.size());
                s.add(to >= from ? to + 1 : to, moved); // never back where it was
                yield String.join(" ", s);
            }
            case REPLACE_10 -> replace(text, 0.10, random, vocabulary);
            case REPLACE_20 -> replace(text, 0.20, random, vocabulary);
            case REPLACE_40 -> replace(text, 0.40, random, vocabulary);
            case CLAUSES -> {
                List<String> out = new ArrayList<>();
                for (String s : sentences(text)) {
                    int comma = s.indexOf(", ");
                    if (comma > 0 && s.length() > comma + 3) {
                        String first = s.substring(0, comma);
                        String rest = s.substring(comma + 2).replaceAll("[.!?]+$", "");
                        out.add(Character.toUpperCase(rest.charAt(0)) + rest.substring(1) + ", "
                                + Character.toLowerCase(first.charAt(0)) + first.substring(1) + ".");
                    } else {
                        out.add(s);
                    }
                }
                yield String.join(" ", out);
            }
        };
    }

    /** The sentences of {@code text} (at least one). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.split(text)) {
            if (!s.text().isBlank()) {
                out.add(s.text());
            }
        }
        if (out.isEmpty()) {
            out.add(text);
        }
        return out;
    }

    private static String drop(String text, int n, SplittableRandom random) {
        List<String> s = sentences(text);
        for (int i = 0; i < n && s.size() > 1; i++) {
            s.remove(random.nextInt(s.size()));
        }
        return String.join(" ", s);
    }

    private static String replace(String text, double rate, SplittableRandom random, List<String> vocabulary) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String w = random.nextDouble() < rate ? vocabulary.get(random.nextInt(vocabulary.size())) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(w));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
