package org.storyline.ingest.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text, for input that does not declare one. Non-Latin scripts decide by themselves
 * (Hangul → ko, kana → ja, Han → zh, Arabic → ar, Greek → el, Hebrew → he, Thai → th, Devanagari → hi;
 * Cyrillic → ru or uk, Latin → by stop words). Latin-script texts are told apart by counting the most frequent
 * function words of 20 languages; the winner needs at least {@value #MIN_HITS} hits and a clear lead, else the
 * answer is null (unknown), never a guess.
 *
 * <p>A dictionary of function words rather than a statistical library (such as Lingua, which weighs over 100 MB
 * with its models) keeps the jar small; it is reliable on article-length texts, which is all it is used for.
 * Stateless and thread-safe.
 */
public final class LanguageGuesser {
    static final int MIN_HITS = 3;
    private static final int MAX_CHARS = 5000;

    private static final Map<String, Set<String>> STOP_WORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he",
                    "she", "are", "have", "this", "from", "by", "they", "said", "which", "would")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "den", "mit", "sich",
                    "auf", "für", "auch", "dem", "des", "wird", "sind", "von", "wurde", "aber", "nach")),
            Map.entry("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "qui", "pour",
                    "pas", "sur", "au", "avec", "ce", "sont", "il", "elle", "ont", "été")),
            Map.entry("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con",
                    "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "fue")),
            Map.entry("it", Set.of("il", "la", "di", "che", "e", "del", "della", "un", "una", "per", "non", "sono",
                    "con", "gli", "le", "si", "anche", "è", "nel", "alla", "ha", "dei")),
            Map.entry("pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para",
                    "com", "não", "por", "mais", "dos", "das", "foi", "ao", "é")),
            Map.entry("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "niet", "zijn", "met", "voor",
                    "ook", "maar", "bij", "worden", "werd", "hij", "zij", "naar", "wordt", "aan")),
            Map.entry("sv", Set.of("och", "att", "det", "som", "en", "är", "på", "för", "med", "har", "inte", "av",
                    "den", "till", "var", "jag", "om", "ett", "men", "hon", "han", "sig")),
            Map.entry("da", Set.of("og", "at", "det", "er", "en", "på", "til", "med", "for", "af", "ikke", "den",
                    "har", "som", "de", "et", "var", "jeg", "han", "hun", "sig", "blev")),
            Map.entry("no", Set.of("og", "i", "det", "er", "en", "på", "til", "med", "for", "av", "ikke", "den",
                    "har", "som", "de", "et", "var", "jeg", "han", "hun", "seg", "ble")),
            Map.entry("fi", Set.of("ja", "on", "ei", "että", "se", "oli", "hän", "ovat", "mutta", "kun", "myös",
                    "tai", "jos", "kuin", "niin", "sen", "joka", "ole", "olla", "vain")),
            Map.entry("pl", Set.of("i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "po", "ale",
                    "od", "za", "przez", "jego", "tak", "być", "oraz")),
            Map.entry("cs", Set.of("a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "ve", "jako", "by",
                    "pro", "ale", "jsou", "který", "které", "také", "byl")),
            Map.entry("ro", Set.of("și", "în", "de", "la", "cu", "că", "pe", "nu", "este", "din", "pentru", "o",
                    "un", "care", "mai", "sunt", "fost", "au", "ca", "ale")),
            Map.entry("hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de", "már", "csak",
                    "volt", "ez", "mint", "még", "el", "ki", "azt", "lesz")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi",
                    "olan", "ama", "en", "sonra", "kadar", "ya", "her", "değil", "ise")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak",
                    "akan", "pada", "juga", "ke", "ada", "adalah", "oleh", "karena", "mereka", "sudah")),
            Map.entry("vi", Set.of("và", "của", "là", "các", "có", "được", "trong", "cho", "không", "những", "này",
                    "người", "với", "một", "đã", "khi", "để", "cũng", "như", "từ")),
            Map.entry("lt", Set.of("ir", "kad", "yra", "su", "į", "iš", "ar", "bet", "tai", "buvo", "jis", "jo",
                    "taip", "kaip", "per", "dėl", "apie", "tik", "nuo", "ji")),
            Map.entry("is", Set.of("og", "að", "í", "á", "er", "sem", "til", "það", "ekki", "um", "var", "með",
                    "hann", "hún", "af", "við", "en", "eru", "fyrir", "þess")));

    private static final Set<String> UKRAINIAN = Set.of("і", "що", "та", "це", "як", "його", "був", "від", "до",
            "також");
    private static final Set<String> RUSSIAN = Set.of("и", "что", "это", "как", "его", "был", "от", "не", "на",
            "также");

    private LanguageGuesser() {
    }

    /** The ISO 639-1 code of {@code text}'s language, or null when it cannot tell. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<Character.UnicodeScript, Integer> scripts = scripts(sample);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters == 0) {
            return null;
        }
        int hangul = scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
        if (hangul > 0.2 * letters) {
            return "ko";
        }
        if (kana > 0.05 * letters) {
            return "ja";
        }
        if (han > 0.3 * letters) {
            return "zh";
        }
        for (var entry : Map.of(Character.UnicodeScript.ARABIC, "ar", Character.UnicodeScript.GREEK, "el",
                Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.THAI, "th",
                Character.UnicodeScript.DEVANAGARI, "hi").entrySet()) {
            if (scripts.getOrDefault(entry.getKey(), 0) > 0.5 * letters) {
                return entry.getValue();
            }
        }
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (scripts.getOrDefault(Character.UnicodeScript.CYRILLIC, 0) > 0.5 * letters) {
            return count(words, UKRAINIAN) > count(words, RUSSIAN) ? "uk" : "ru";
        }
        if (scripts.getOrDefault(Character.UnicodeScript.LATIN, 0) < 0.5 * letters) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (String lang : STOP_WORDS.keySet().stream().sorted().toList()) {
            int hits = count(words, STOP_WORDS.get(lang));
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = lang;
            } else if (hits > second) {
                second = hits;
            }
        }
        return bestHits >= MIN_HITS && bestHits >= 1.2 * second ? best : null;
    }

    private static int count(String[] words, Set<String> stopWords) {
        int n = 0;
        for (String w : words) {
            if (stopWords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Map<Character.UnicodeScript, Integer> scripts(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }
}
