package org.storyline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.text.Folding;

/**
 * The name terms of a text: capitalised words that do not open a sentence ("Lohan", "Betty", "Ford"), folded to
 * lower case without accents and marked with {@link #MARK} so that they live apart from ordinary terms in one
 * {@link Vocabulary}. Names say <em>who and where</em>, which is what tells two events of the same kind apart
 * (two rehab check-ins, two earthquakes), so clustering compares them as a channel of their own.
 */
final class Names {
    /** Prefix of name terms; the English analyzer never produces it. */
    static final char MARK = '@';

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "i", "he", "she", "it", "we", "they",
            "this", "that", "these", "those", "his", "her", "its", "our", "their", "in", "on", "at", "for", "but",
            "and", "or", "if", "as", "by", "of", "to", "from", "with", "after", "before", "when", "while", "mr",
            "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "said", "says", "photo", "image", "reuters", "ap", "read", "more");

    private Names() {
    }

    static boolean isName(String term) {
        return !term.isEmpty() && term.charAt(0) == MARK;
    }

    /** The name terms of {@code text} in order, with repeats. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, (term, surface, runStart) -> out.add(term));
        return out;
    }

    /** Receives each name term with its surface form and whether it starts a run of capitalised words. */
    interface NameSink {
        void accept(String term, String surface, boolean runStart);
    }

    /** Walks the names of {@code text} in order. */
    static void forEach(String text, NameSink sink) {
        if (text == null) {
            return;
        }
        boolean previousWasName = false;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                        || text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                String word = text.substring(start, i);
                boolean name = false;
                if (!sentenceStart && Character.isUpperCase(word.charAt(0)) && word.length() > 1) {
                    String folded = fold(word);
                    if (!NOT_NAMES.contains(folded)) {
                        sink.accept(MARK + folded, word.endsWith("'s") ? word.substring(0, word.length() - 2) : word,
                                !previousWasName);
                        name = true;
                    }
                }
                previousWasName = name;
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                if (!Character.isWhitespace(c)) {
                    previousWasName = false;
                }
                i++;
            }
        }
    }

    private static String fold(String word) {
        return Folding.fold(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
    }
}
