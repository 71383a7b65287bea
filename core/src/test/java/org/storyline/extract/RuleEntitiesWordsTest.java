package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word scanner of {@link RuleEntities} finds exactly the words of the regular expression it replaced. */
class RuleEntitiesWordsTest {
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*");
    private static final List<String> PIECES = List.of("U.S.", "U.S", "A.", "a.b.", "É.U.", "O'Brien", "rock-'n'-roll",
            "AT&T", "well-", "-known", "x’", "’s", "2023", "COVID-19", "café", "naïve", "e\u0301", "\u0301x", "Ⅻ",
            "½", "𝐀𝐁", "𝐀.𝐁.", "日本", "مرحبا", "Straße", "ǅemal", " ", "  ", "\n", ".", ",", "-", "'", "&", "“",
            "”", "(", ")", "1", "12.5", "$", "Mr.", "Sen.", "abc", "ABC", "Mexico City", "López Obrador");

    @Test
    void sameWordsAsTheRegularExpression() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("", "U.S. and A.B.C. met O'Brien at AT&T's rock-'n'-roll "
                + "gig in 2023-24; café naïve É.U. ǅemal", "x-", "-x", "a--b", "a-&b", "U.S.A", "U.S.A."));
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertThat(scanned(text)).as(text).isEqualTo(matched(text));
        }
    }

    private static List<String> matched(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        int[] span = new int[2];
        int from = 0;
        while (RuleEntities.nextWord(text, from, span)) {
            out.add(span[0] + ":" + span[1]);
            from = span[1];
        }
        return out;
    }
}
