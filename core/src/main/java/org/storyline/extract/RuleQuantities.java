package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities by rule: an optional approximation ("nearly", "more than", "up to"), an optional currency sign, a
 * number in digits ("191,000", "2.5") or words ("two", "a dozen"), an optional scale ("million", "bn"), then the
 * unit: a currency word, "percent", or the noun that follows ("migrants", "hours"), with a rate ("per day",
 * "a day", "daily") appended. Numbers inside dates and times (given as spans to skip) are not quantities.
 * Stateless.
 */
final class RuleQuantities {
    private static final String APPROX = "(?:nearly|almost|more\\s+than|over|up\\s+to|about|around|some|roughly"
            + "|approximately|at\\s+least|at\\s+most|less\\s+than|fewer\\s+than|close\\s+to|as\\s+many\\s+as"
            + "|as\\s+much\\s+as|just\\s+over|just\\s+under|well\\s+over|under|exceeding|an\\s+estimated|almost"
            + "|upwards\\s+of|in\\s+excess\\s+of|a\\s+record)";
    private static final String WORD_NUM = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|a\\s+dozen|dozens|hundreds|thousands|millions|a\\s+hundred|a\\s+thousand)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:thousand|million|billion|trillion|mln|bln|bn|m|k)";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?<![\\w.,$€£-])(?:(" + APPROX + ")\\s+)?"
                    + "(US\\$|\\$|€|£|¥)?\\s?"
                    + "(" + DIGITS + "|" + WORD_NUM + ")"
                    + "(?:[\\s-](" + SCALE + ")\\b)?"
                    + "(?:\\s*(%|percent|per\\s+cent)"
                    + "|[\\s-]+(?!(?:and|or|to|of|the|a|an|in|on|at|by|for|from|with|was|were|is|are|be|been|had|has"
                    + "|have|who|that|which|per|than|as|said|says|more|less)\\b)([a-z][a-z-]*[a-z]))?"
                    + "(?:\\s+(per|a|an|each|every)\\s+(day|week|month|year|hour|person|capita)\\b|\\s+(daily|weekly|monthly|annually|a\\s+day|a\\s+year))?");
    private static final Map<String, Double> WORD_VALUES = Map.ofEntries(Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
            Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
            Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
            Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
            Map.entry("ninety", 90.0), Map.entry("hundred", 100.0), Map.entry("a hundred", 100.0),
            Map.entry("a thousand", 1000.0), Map.entry("a dozen", 12.0), Map.entry("dozens", 24.0),
            Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0), Map.entry("millions", 2e6));
    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "millions");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "€", "EUR",
            "£", "GBP", "¥", "JPY");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("pesos", "MXN"),
            Map.entry("yuan", "CNY"), Map.entry("rupees", "INR"), Map.entry("francs", "CHF"),
            Map.entry("marks", "DEM"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"));
    /** Words after a number that are not what it counts (verbs, adverbs, ordinals-as-names). */
    private static final Set<String> NOT_UNITS = Set.of("percent", "also", "not", "still", "now", "only", "just",
            "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "times");

    /**
     * Every match holds a digit run or a number word (maybe inside a longer word: "tenpercent") and spans at most
     * five whitespace-separated words on either side of it ("as many as US$ a dozen", "million per cent per day").
     */
    private static final TriggerScan TRIGGERS = new TriggerScan(numberWords(), 1, 0, 6, true);

    List<Quantity> find(String text, List<int[]> skip) {
        return find(text, skip, true);
    }

    /**
     * With {@code prescan} the pattern runs only on windows around digits and number words (see {@link TriggerScan}),
     * else over the whole text; both give the same quantities (a matcher limited to a region with transparent
     * bounds finds there exactly the whole-text matches that lie inside it).
     */
    List<Quantity> find(String text, List<int[]> skip, boolean prescan) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        if (!prescan) {
            collect(m, text, skip, out);
            return out;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] windows = TRIGGERS.scan(text).windows(1);
        for (int w = 0; w < windows.length; w += 2) {
            m.region(windows[w], windows[w + 1]);
            collect(m, text, skip, out);
        }
        return out;
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : WORD_VALUES.keySet()) {
            m.put(w.substring(w.indexOf(' ') + 1), 1);
        }
        return m;
    }

    private static void collect(Matcher m, String text, List<int[]> skip, List<Quantity> out) {
        while (m.find()) {
            int numStart = m.start(3);
            int numEnd = m.end(3);
            if (inside(skip, numStart, numEnd)) {
                continue;
            }
            String num = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean digits = Character.isDigit(num.charAt(0));
            String sign = m.group(2);
            String scale = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
            String percent = m.group(5);
            String word = m.group(6) == null ? null : m.group(6).toLowerCase(Locale.ROOT);
            // "m"/"k" scales only right after a currency amount ("$5m"), not "5 m"
            if (scale != null && (scale.equals("m") || scale.equals("k")) && sign == null) {
                scale = null;
            }
            double value = digits ? Double.parseDouble(num.replace(",", "")) : WORD_VALUES.getOrDefault(num, Double.NaN);
            if (Double.isNaN(value)) {
                continue;
            }
            if (scale != null) {
                value *= scaleOf(scale);
            }
            String unit = null;
            int end = scale != null ? m.end(4) : numEnd;
            if (sign != null) {
                unit = CURRENCY_SIGNS.get(sign.toLowerCase(Locale.ROOT));
            }
            if (percent != null) {
                unit = "%";
                end = m.end(5);
            } else if (word != null && !NOT_UNITS.contains(word) && !word.endsWith("ly")) {
                String currency = CURRENCY_WORDS.get(word);
                if (unit == null) {
                    unit = currency != null ? currency : word;
                    end = m.end(6);
                } else if (currency == null && unit != null) {
                    // "$5 billion deal": the amount stays in USD, the noun is not the unit
                }
            }
            if (unit == null && !digits) {
                continue;
            }
            if (unit == null && !hasContext(m)) {
                continue;
            }
            if (unit != null && (m.group(7) != null || m.group(9) != null) && (m.end(6) == end || m.end(5) == end
                    || sign != null && end == (scale != null ? m.end(4) : numEnd))) {
                String rate = m.group(8) != null ? m.group(8).toLowerCase(Locale.ROOT) : rateOf(m.group(9));
                unit = unit + " per " + rate;
                end = m.group(8) != null ? m.end(8) : m.end(9);
            }
            String approx = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (approx == null && VAGUE.contains(num)) {
                approx = num;
            }
            if ("a record".equals(approx)) {
                approx = null;
            }
            int start = m.group(1) != null && approx != null ? m.start(1) : sign != null ? m.start(2) : numStart;
            out.add(new Quantity(start, end, text.substring(start, end), value, unit, approx));
        }
    }

    private static boolean hasContext(Matcher m) {
        return m.group(1) != null || m.group(4) != null;
    }

    private static String rateOf(String adverb) {
        String a = adverb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (a) {
            case "daily", "a day" -> "day";
            case "weekly" -> "week";
            case "monthly" -> "month";
            default -> "year";
        };
    }

    private static double scaleOf(String scale) {
        return switch (scale) {
            case "thousand", "k" -> 1e3;
            case "million", "mln", "m" -> 1e6;
            case "billion", "bln", "bn" -> 1e9;
            default -> 1e12;
        };
    }

    private static boolean inside(List<int[]> skip, int s, int e) {
        for (int[] span : skip) {
            if (s < span[1] && span[0] < e) {
                return true;
            }
        }
        return false;
    }
}
