package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.eval.Datasets;

/**
 * The trigger prescans of {@link RuleTimexes} and {@link RuleQuantities} change nothing but speed: the timexes
 * and quantities found with and without them are
 * equal on hand-written fixtures, on seeded random mixtures of timex fragments, separators and noise, and (when the
 * shared datasets are present) on the first 100 TBAQ and PolNeAR texts.
 */
class RuleTimexesPrescanTest {
    private static final LocalDate REF = LocalDate.of(2023, 12, 27);
    private final RuleTimexes rules = new RuleTimexes();
    private final RuleQuantities quantities = new RuleQuantities();

    private static final List<String> FRAGMENTS = List.of("Wednesday, January 5th, 2023", "5th of January, 2023",
            "2023-12-27", "12/27/23", "5 a.m. local time", "11:30pm EST", "10 o’clock", "at noon", "midnight",
            "yesterday morning", "Friday night", "tonight", "every Wednesday", "each month", "Dec. 28", "Sept 3rd",
            "January of 2023", "March 2020", "today", "tomorrow", "last Monday", "on Tuesday", "earlier this week",
            "next weekend", "the past quarter", "two days ago", "3 weeks from now", "the first quarter of 2023",
            "4th quarter", "last summer", "spring of 2019", "fiscal 2024", "fiscal year 2025", "the mid-1990s",
            "the early 2000s", "1980's", "the past 12 months", "two-year", "a decade-long", "the next hours",
            "years ago", "decades of", "daily", "hourly", "1999", "2024", "May", "in May", "she may go", "October",
            "now", "at present", "the future", "recently", "formerly", "$2,023", "2023%", "2023 hours", "2023-24",
            "3.5 years", "twenty minutes", "several weeks", "centuries", "quarterly", "Mayday", "JANUARY 5, 2023",
            "more than 191,000 migrants", "$200 million per day", "nearly 50,000 immigrants", "tenpercent",
            "as many as US$ a dozen", "5 per cent a year", "twentyfold", "a dozen eggs", "3.5bn", "$5m", "€ 12",
            "up to 10,000 migrants daily", "in excess of 2 billion dollars each year", "Hundreds of people",
            "third-quarter", "the year-ago quarter", "year-earlier", "the latest period", "this year's third quarter",
            "the 1988 period", "the weekend", "a 6-year-old", "52 years old", "10 p.m. Wednesday",
            "5 p.m. EST, Nov. 9", "noon Thursday", "recent years", "the full year", "the current quarter");
    private static final List<String> SEPARATORS = List.of(" ", "  ", "\n", "\n\n", "\t", ", ", ". ", " - ", "(",
            ")", " the ", " and on ", "\r\n", "—", " said ", " will ", "");
    private static final List<String> NOISE = List.of("Officials", "agreed", "the", "x", "2", "12", "1,000", "é",
            "Straße", "4 5 6", "$", "%", "a", "m", "o'", "clock", "past", "of", "next", "last", "this");

    @Test
    void handWrittenFixturesGiveTheSameTimexes() {
        List<String> texts = List.of(
                "On Wednesday, January 5th, 2023 at 5 a.m. local time, officials met. Last week 50,000 crossed; this "
                        + "month more. In November the number rose. The talks lasted two hours. They meet every Wednesday.",
                "The   first \n\n quarter \t of   2023 was weak;  the past\n12 months were better than the 1990s.",
                "2023-12-27 12/27/23 1999 2000s mid-1980s fiscal 2024 spring of 2019 tonight midnight noon",
                "Nothing to see here, no digits, no months, no weekdays.",
                "",
                "May",
                "He may come in May or by May 5. She said now, formerly and at present.",
                "12345678901234567890 2023 2023-",
                "Dec.\n28,\n2023 and Sept. 3 and Jan 2024 and JANUARY 2024 and january 2024");
        for (String t : texts) {
            assertSame(t);
        }
    }

    @Test
    void randomMixturesGiveTheSameTimexes() {
        Random random = new Random(7);
        int nonEmpty = 0;
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(40);
            for (int p = 0; p < parts; p++) {
                List<String> pool = random.nextInt(3) == 0 ? NOISE : FRAGMENTS;
                sb.append(pool.get(random.nextInt(pool.size())));
                sb.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            if (!assertSame(sb.toString()).isEmpty()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("the mixtures contain timexes").isGreaterThan(300);
        assertThat(quantities.find("as many as US$ a dozen eggs per day, tenpercent", List.of(), true))
                .extracting(Quantity::text).containsExactly("as many as US$ a dozen eggs per day", "tenpercent");
    }

    @Test
    void datasetTextsGiveTheSameTimexes() throws IOException {
        Path root = Datasets.find().orElse(null);
        assumeTrue(root != null && Files.isDirectory(root.resolve("timex-tbaq")),
                "shared datasets not found: skipping the prescan check on TBAQ and PolNeAR texts");
        JsonMapper json = new JsonMapper();
        int docs = 0;
        for (String set : List.of("timex-tbaq", "quotes-polnear-dev")) {
            Path file = root.resolve(set).resolve("docs.jsonl");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int read = 0;
                for (String line = r.readLine(); line != null && read < 100; line = r.readLine(), read++) {
                    if (!line.isBlank()) {
                        JsonNode d = json.readTree(line);
                        assertSame(d.get("text").asText());
                        docs++;
                    }
                }
            }
        }
        assertThat(docs).isPositive();
    }

    private List<Timex> assertSame(String text) {
        List<Timex> whole = rules.find(text, REF, false);
        assertThat(rules.find(text, REF, true)).as("prescan on: %s", text).isEqualTo(whole);
        assertThat(rules.find(text, null, true)).as("prescan on, no date: %s", text)
                .isEqualTo(rules.find(text, null, false));
        List<int[]> skip = new ArrayList<>();
        for (Timex t : whole) {
            skip.add(new int[] {t.start(), t.end()});
        }
        assertThat(quantities.find(text, List.of(), true)).as("quantities, prescan on: %s", text)
                .isEqualTo(quantities.find(text, List.of(), false));
        assertThat(quantities.find(text, skip, true)).as("quantities outside timexes, prescan on: %s", text)
                .isEqualTo(quantities.find(text, skip, false));
        return whole;
    }

    @Test
    void quoteCueFilterSeesWholeWordsOnly() {
        assertThat(QuoteFinder.hasCue("The plan failed, officials said.")).isTrue();
        assertThat(QuoteFinder.hasCue("According to the mayor, the plan failed.")).isTrue();
        assertThat(QuoteFinder.hasCue("The unsaid plan failed, officials saidx.")).isFalse();
        assertThat(QuoteFinder.hasCue("Nobody spoke.")).isFalse();
    }

    @Test
    void windowsCoverTheTriggersAndTheirNeighbourWords() {
        String t = "a b c d e f g h Monday i j k l m n o p q r s t u v w x y z";
        int[] w = TimexTriggers.scan(t).windows(TimexTriggers.WEEKDAY);
        assertThat(w).hasSize(2);
        assertThat(t.substring(w[0], w[1])).isEqualTo("d e f g h Monday i j k l m");
        assertThat(TimexTriggers.scan(t).windows(TimexTriggers.MONTH)).isEmpty();
    }
}
